// Said at the foot of the map when the newest map could not be laid out (the layout worker
// failed on it twice): the map on screen is the last one drawn, and the editor's text is kept.
import './layout-failure.css';
import { uiMessages } from './messages.ts';

export function LayoutFailure(props: { readonly error: string }) {
  return (
    <p className="layout-failure" role="alert" data-testid="layout-error">
      {uiMessages.layoutFailedMapKept(props.error)}
    </p>
  );
}
