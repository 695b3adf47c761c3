/** The small "Demo" tag beside a demo item's name. */
export function DemoTag() {
  return (
    <span className="demo-tag" title="Sample data from the first run">
      Demo
    </span>
  );
}
