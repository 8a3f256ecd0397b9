//! Backup file names: `mfa-companion-YYYYMMDD-HHMMSS-gN.mfabackup` (UTC, and the vault
//! version it holds), so that names sort by time and a run can tell whether the vault's
//! current version already has a backup.

const PREFIX: &str = "mfa-companion-";
const SUFFIX: &str = ".mfabackup";

/// The name of a backup of vault version `generation` written at `unix` seconds.
pub fn name(unix: u64, generation: u64) -> String {
    let (y, mo, d, h, mi, s) = civil(unix);
    format!("{PREFIX}{y:04}{mo:02}{d:02}-{h:02}{mi:02}{s:02}-g{generation}{SUFFIX}")
}

/// The vault version in a backup's name; `None` for any other file.
pub fn generation(file_name: &str) -> Option<u64> {
    let rest = file_name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let (stamp, generation) = rest.rsplit_once("-g")?;
    let digits = stamp.bytes().filter(u8::is_ascii_digit).count();
    if stamp.len() != 15 || digits != 14 {
        return None;
    }
    generation.parse().ok()
}

/// UTC calendar date and time of Unix seconds (days-from-civil, inverted).
pub(crate) fn civil(unix: u64) -> (u64, u64, u64, u64, u64, u64) {
    let days = unix / 86_400;
    let secs = unix % 86_400;
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d, secs / 3600, secs % 3600 / 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_utc_time_and_the_vault_version() {
        assert_eq!(name(0, 1), "mfa-companion-19700101-000000-g1.mfabackup");
        // 2025-12-02 05:48:12 UTC; 2024-02-29 (a leap day) 23:59:59.
        assert_eq!(
            name(1_764_654_492, 42),
            "mfa-companion-20251202-054812-g42.mfabackup"
        );
        assert_eq!(
            name(1_709_251_199, 7),
            "mfa-companion-20240229-235959-g7.mfabackup"
        );
        assert_eq!(generation(&name(1_709_251_199, 7)), Some(7));
        assert_eq!(generation("mfa-companion-2024-g7.mfabackup"), None);
        assert_eq!(generation("notes.txt"), None);
    }
}
