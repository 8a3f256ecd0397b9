//! The desktop window (Tauri 2): the only module that imports `tauri`. Commands are thin
//! wrappers over [`view::Codebook`], which holds the store and caches secrets in memory;
//! the webview receives codes, never secrets.

mod view;

use std::process::ExitCode;

use tauri::State;

use crate::error::ErrorReport;
use view::{CodeList, CodeRow, Codebook};

/// Every account with its current code (HOTP rows carry no code until asked), and the
/// warnings of the start-up reconciliation.
#[tauri::command]
fn list_codes(book: State<'_, Codebook>) -> Result<CodeList, ErrorReport> {
    book.list(crate::otp::unix_now())
}

/// Advances a HOTP account's counter (saved first) and returns its new code.
#[tauri::command]
fn next_hotp_code(book: State<'_, Codebook>, id: String) -> Result<CodeRow, ErrorReport> {
    book.next_hotp(&id)
}

/// Opens the main window and runs until it is closed.
pub fn run() -> ExitCode {
    let result = tauri::Builder::default()
        .manage(Codebook::open_default())
        .invoke_handler(tauri::generate_handler![list_codes, next_hotp_code])
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: the desktop window could not start: {e} [desktop.start]");
            ExitCode::from(1)
        }
    }
}
