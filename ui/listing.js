// The listing the window shows, shared by codes.js (which reads it from Rust and builds
// the cards) and period.js (which keeps its codes current):
// - rows: the accounts as `list_codes` gave them, with their codes;
// - fetchedAt: when (ms), the base of every countdown;
// - revision: the revision of the files behind the rows (src-tauri/desktop/period.rs);
// - stale: ids of time-based rows whose codes are of an earlier period (off screen when
//   it ended);
// - onScreen: the list items on screen (only their countdowns change each second).
export const listing = { rows: [], fetchedAt: 0, revision: "", stale: new Set(), onScreen: new Set() };
