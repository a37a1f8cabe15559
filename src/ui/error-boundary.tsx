// The last line of defence: an unexpected error while rendering shows the recovery screen
// (which keeps the user's YAML and offers it as a download) instead of a blank page.
//
// Test hook: `#debug-crash` in the address makes <DebugCrash> throw during render, so that the
// e2e suite can see the recovery screen. It is harmless: it only shows that screen, whose
// Reload button removes the hook from the address; no state is touched.
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { CRASH_HOOK, RecoveryScreen } from './recovery-screen.tsx';

const hashHasCrashHook = (): boolean =>
  typeof window !== 'undefined' &&
  new URLSearchParams(window.location.hash.replace(/^#/, '')).has(CRASH_HOOK);

function DebugCrash(): null {
  if (hashHasCrashHook()) throw new Error(`test crash requested by #${CRASH_HOOK}`);
  return null;
}

interface Props {
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever opens the console; the screen says what matters.
    console.warn('The app stopped on an unexpected error:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) return <RecoveryScreen error={this.state.error} />;
    return (
      <>
        <DebugCrash />
        {this.props.children}
      </>
    );
  }
}
