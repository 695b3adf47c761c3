export interface ShownError {
  id: number;
  message: string;
}

interface Props {
  errors: ShownError[];
  onDismiss: (id: number) => void;
}

/** The place for errors that belong to no field: each stays until the user closes it. */
export function ErrorAlerts({ errors, onDismiss }: Props) {
  if (errors.length === 0) return null;
  return (
    <div className="error-alerts">
      {errors.map((error) => (
        <div key={error.id} className="banner banner-error" role="alert">
          <p className="banner-body">{error.message}</p>
          <button
            type="button"
            className="button-quiet"
            aria-label="Dismiss error"
            onClick={() => onDismiss(error.id)}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
