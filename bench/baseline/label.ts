/** The baseline's one button: the bench waits for a button with this accessible name. */
export const BASELINE_BUTTON_LABEL = 'Start troubleshooting';
