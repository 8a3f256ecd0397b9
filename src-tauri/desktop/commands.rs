//! The window's commands over server profiles, sign-in, enrollment, recovery codes,
//! automatic backups, import and export: one-line wrappers over the Tauri-free modules
//! beside this one ([`super::enrollment`], [`super::signin`], [`super::recovery`],
//! [`super::backups`], [`super::transfer`]), registered in [`super::run`].

use std::collections::BTreeMap;

use tauri::State;

use super::backups;
use super::enrollment::{EnrollOutcome, PendingView, ServerForm, ServerView};
use super::recovery::{Counts, Revealed};
use super::signin::{SignInForm, SignInOutcome};
use super::transfer::{Exported, Preview, Transfers};
use super::view::Codebook;
use crate::error::ErrorReport;
use crate::identity::Status;

/// Server profiles.
#[tauri::command]
pub fn list_servers(book: State<'_, Codebook>) -> Result<Vec<ServerView>, ErrorReport> {
    book.servers()
}

/// Adds a server profile (its token goes into the keychain).
#[tauri::command]
pub fn add_server(book: State<'_, Codebook>, form: ServerForm) -> Result<ServerView, ErrorReport> {
    book.add_server(form)
}

/// Changes a server profile's URL, user and (if one is typed) token.
#[tauri::command]
pub fn edit_server(book: State<'_, Codebook>, form: ServerForm) -> Result<ServerView, ErrorReport> {
    book.edit_server(form)
}

/// Removes a server profile and its token.
#[tauri::command]
pub fn remove_server(book: State<'_, Codebook>, name: String) -> Result<(), ErrorReport> {
    book.remove_server(&name)
}

/// A server's MFA status.
#[tauri::command]
pub async fn server_status(book: State<'_, Codebook>, name: String) -> Result<Status, ErrorReport> {
    book.server_status(&name).await
}

/// Signs in to a profile (the password is used once, never stored).
#[tauri::command]
pub async fn sign_in(
    book: State<'_, Codebook>,
    form: SignInForm,
) -> Result<SignInOutcome, ErrorReport> {
    book.sign_in(form).await
}

/// Finishes a sign-in with the passcode the server sent by email or SMS.
#[tauri::command]
pub async fn sign_in_passcode(
    book: State<'_, Codebook>,
    server: String,
    passcode: String,
) -> Result<SignInOutcome, ErrorReport> {
    book.sign_in_passcode(&server, passcode).await
}

/// Signs out of a profile.
#[tauri::command]
pub async fn sign_out(book: State<'_, Codebook>, server: String) -> Result<String, ErrorReport> {
    book.sign_out(&server).await
}

/// Pending enrollments.
#[tauri::command]
pub fn list_pending(book: State<'_, Codebook>) -> Result<Vec<PendingView>, ErrorReport> {
    book.pending()
}

/// Starts an enrollment and runs it as far as it goes.
#[tauri::command]
pub async fn enroll_start(
    book: State<'_, Codebook>,
    server: String,
    mfa_type: Option<String>,
    passcode: Option<String>,
) -> Result<EnrollOutcome, ErrorReport> {
    book.enroll(Some(&server), mfa_type.as_deref(), None, passcode)
        .await
}

/// Continues a pending enrollment.
#[tauri::command]
pub async fn enroll_resume(
    book: State<'_, Codebook>,
    id: String,
    passcode: Option<String>,
) -> Result<EnrollOutcome, ErrorReport> {
    book.enroll(None, None, Some(&id), passcode).await
}

/// Drops a pending enrollment.
#[tauri::command]
pub fn enroll_discard(book: State<'_, Codebook>, id: String) -> Result<Vec<String>, ErrorReport> {
    book.discard(&id)
}

/// Recovery-code counts per account.
#[tauri::command]
pub fn recovery_summary(
    book: State<'_, Codebook>,
) -> Result<BTreeMap<String, Counts>, ErrorReport> {
    book.recovery_summary()
}

/// An account's recovery codes, revealed on request.
#[tauri::command]
pub fn recovery_reveal(
    book: State<'_, Codebook>,
    entry: String,
) -> Result<Vec<Revealed>, ErrorReport> {
    book.recovery_reveal(&entry)
}

/// Marks a recovery code used.
#[tauri::command]
pub fn recovery_mark_used(
    book: State<'_, Codebook>,
    entry: String,
    index: usize,
) -> Result<(), ErrorReport> {
    book.recovery_mark_used(&entry, index)
}

/// Adds recovery codes typed in for an account.
#[tauri::command]
pub fn recovery_add(
    book: State<'_, Codebook>,
    id: String,
    text: String,
) -> Result<usize, ErrorReport> {
    book.recovery_add(&id, &text)
}

/// An account's recovery codes as text.
#[tauri::command]
pub fn recovery_export(book: State<'_, Codebook>, entry: String) -> Result<String, ErrorReport> {
    book.recovery_export(&entry).map(|t| t.to_string())
}

/// The automatic backups' settings and last run.
#[tauri::command]
pub fn backup_status(book: State<'_, Codebook>) -> Result<backups::BackupView, ErrorReport> {
    book.backup_view()
}

/// Turns automatic backups on (or changes them); the password is not kept.
#[tauri::command]
pub fn backup_configure(
    book: State<'_, Codebook>,
    dir: String,
    keep: usize,
    password: String,
) -> Result<backups::BackupView, ErrorReport> {
    book.backup_configure(&dir, keep, &zeroize::Zeroizing::new(password))
}

/// Writes a backup now.
#[tauri::command]
pub fn backup_now(book: State<'_, Codebook>) -> Result<backups::BackupView, ErrorReport> {
    book.backup_now()
}

/// Turns automatic backups off.
#[tauri::command]
pub fn backup_disable(book: State<'_, Codebook>) -> Result<backups::BackupView, ErrorReport> {
    book.backup_disable()
}

/// Reads an import file (in Rust) and returns what it holds, for the user to tick.
#[tauri::command]
pub fn import_preview(
    book: State<'_, Codebook>,
    transfers: State<'_, Transfers>,
    path: String,
    format: String,
    password: String,
) -> Result<Preview, ErrorReport> {
    transfers.preview(&book, &path, &format, &password)
}

/// Imports the ticked entries of the last preview, in one transaction.
#[tauri::command]
pub fn import_commit(
    book: State<'_, Codebook>,
    transfers: State<'_, Transfers>,
    token: u64,
    selected: Vec<usize>,
) -> Result<usize, ErrorReport> {
    transfers.commit(&book, token, &selected)
}

/// Exports every account to a file.
#[tauri::command]
pub fn export_accounts(
    book: State<'_, Codebook>,
    transfers: State<'_, Transfers>,
    format: String,
    path: String,
    password: String,
) -> Result<Exported, ErrorReport> {
    transfers.export(&book, &format, &path, &password)
}
