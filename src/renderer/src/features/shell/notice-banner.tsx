interface Props {
  notices: string[];
  onDismiss: () => void;
}

/** Things main must tell the user once (a damaged database set aside...): visible until dismissed. */
export function NoticeBanner({ notices, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <div className="banner banner-notice" role="status">
      <div className="banner-body">
        {notices.length === 1 ? (
          <p>{notices[0]}</p>
        ) : (
          <ul>
            {notices.map((notice, i) => (
              <li key={i}>{notice}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="button-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
