//! Guards the vault against crashes: the real CLI is SIGKILLed at random moments of random
//! operations (fixed seeds; half of the kills inside the vault write), and exactly at each
//! step of the vault swap through the test-only `MFA_COMPANION_TEST_PAUSE`. After every
//! kill the accounts and recovery codes are the state before the operation or the one
//! after it (all or nothing, no account lost), and no HOTP code or recovery code is ever
//! handed out twice. At the end every secret is intact, every account gives its code, the
//! keychain holds the vault key and nothing of an account, `doctor` is clean, and every
//! account can be removed.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use serde_json::{json, Value};

mod common;
use common::{stderr, Env};

/// RFC 4226 secret "12345678901234567890" in base32: the HOTP account of every run.
const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const SEEDS: [u64; 4] = [0x5eed_0001, 0xc0ff_ee42, 0x0bad_cafe, 0x1234_5678_9abc];
const OPS_PER_SEED: usize = 56;
/// What a write leaves when it is killed between creating its temporary file and the rename.
const TEMP: &str = ".tmp-vault-";

/// splitmix64: a tiny deterministic generator.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        (z ^ (z >> 31)) % n
    }
}

/// RFC 4226 HOTP, SHA1, 6 digits (the TOTP code at time t is `hotp(secret, t / 30)`).
fn hotp(secret: &str, counter: u64) -> String {
    let key = data_encoding::BASE32_NOPAD.decode(secret.as_bytes());
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(&key.unwrap()).unwrap();
    mac.update(&counter.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let o = usize::from(h[19] & 0xf);
    let v = u32::from_be_bytes([h[o] & 0x7f, h[o + 1], h[o + 2], h[o + 3]]);
    format!("{:06}", v % 1_000_000)
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| a.to_string()).collect()
}

/// An account as the test made it; `counter` is `Some` for HOTP.
#[derive(Clone)]
struct Acct {
    issuer: String,
    account: String,
    secret: String,
    counter: Option<u64>,
}

impl Acct {
    fn uri(&self) -> String {
        let (i, a, s) = (&self.issuer, &self.account, &self.secret);
        match self.counter {
            Some(c) => format!("otpauth://hotp/{i}:{a}?secret={s}&issuer={i}&counter={c}"),
            None => format!("otpauth://totp/{i}:{a}?secret={s}&issuer={i}"),
        }
    }
}

/// What the vault must hold: the accounts in order (the first, HOTP, is never renamed or
/// removed and holds the recovery codes), its recovery codes and how many are used.
#[derive(Clone, Default)]
struct Model {
    accounts: Vec<Acct>,
    codes: Vec<String>,
    used: usize,
}

impl Model {
    /// What `list --json` shows of each account in order (issuer, account, kind,
    /// counter), and if asked for what `recovery list --json` shows of the HOTP account.
    fn view(&self, codes: bool) -> Value {
        let accounts = self.accounts.iter().map(|a| {
            let kind = if a.counter.is_some() { "hotp" } else { "totp" };
            json!([a.issuer, a.account, kind, a.counter])
        });
        let accounts: Vec<Value> = accounts.collect();
        let counts = json!({"unused": self.codes.len() - self.used, "used": self.used});
        json!({"accounts": accounts, "codes": codes.then_some(counts)})
    }
}

/// One CLI call, and the state it leaves when it completes.
struct Op {
    args: Vec<String>,
    stdin: String,
    after: Model,
    /// The HOTP or recovery code it prints, which must be saved as used first.
    hands_out: Option<String>,
}

/// When to SIGKILL an operation: a delay after it starts, or after its write began (its
/// temporary vault file appeared).
enum Kill {
    No,
    At(Duration),
    InWrite(Duration),
}

/// One data folder, the model of its vault, and what the kills did.
struct Run {
    env: Env,
    rng: Rng,
    m: Model,
    ids: Vec<String>,
    /// Numbers fresh names.
    n: u64,
    /// Every HOTP and recovery code printed so far.
    seen: HashSet<String>,
    /// Kills, and how many of them found the change made.
    kills: (usize, usize),
}

impl Run {
    fn new(seed: u64) -> Self {
        let (env, rng, m, seen) = (Env::new(), Rng(seed), Model::default(), HashSet::new());
        let mut r = Run {
            env,
            rng,
            m,
            ids: Vec::new(),
            n: 0,
            seen,
            kills: (0, 0),
        };
        let mut hotp = r.fresh();
        (hotp.secret, hotp.counter) = (RFC_SECRET.into(), Some(0));
        r.env.ok(&["add", &hotp.uri()]);
        r.m.accounts.push(hotp);
        assert!(r.observe(true) == r.m.view(true));
        r
    }

    /// The state as the CLI reports it (see [`Model::view`]); notes the ids.
    fn observe(&mut self, codes: bool) -> Value {
        let list = self.env.list();
        let fields = |a: &Value| json!([a["issuer"], a["account"], a["kind"], a["counter"]]);
        let accounts: Vec<Value> = list.iter().map(fields).collect();
        let id = |a: &Value| a["id"].as_str().unwrap().to_string();
        self.ids = list.iter().map(id).collect();
        let codes = codes.then(|| {
            let json = self.env.ok(&["recovery", "list", &self.ids[0], "--json"]);
            serde_json::from_str::<Value>(&json).unwrap()
        });
        json!({"accounts": accounts, "codes": codes})
    }

    /// A new TOTP account with a random secret.
    fn fresh(&mut self) -> Acct {
        self.n += 1;
        let bytes: Vec<u8> = (0..20).map(|_| self.rng.below(256) as u8).collect();
        Acct {
            issuer: format!("Crash{}", self.n),
            account: format!("user{}", self.n),
            secret: data_encoding::BASE32_NOPAD.encode(&bytes),
            counter: None,
        }
    }

    /// The operation `choice` (0..100) picks; HOTP `code` when it cannot apply.
    fn op(&mut self, choice: u64) -> Op {
        let (m, mut after) = (self.m.clone(), self.m.clone());
        let (others, hotp_id) = (m.accounts.len() as u64 - 1, self.ids[0].clone());
        let (mut stdin, mut hands_out) = (String::new(), None);
        let args = match choice {
            0..=11 => {
                let a = self.fresh();
                after.accounts.push(a.clone());
                vec!["add".into(), a.uri()]
            }
            12..=23 => {
                let batch: Vec<Acct> = (0..2 + self.rng.below(3)).map(|_| self.fresh()).collect();
                stdin = batch.iter().map(|a| a.uri() + "\n").collect();
                after.accounts.extend(batch);
                match choice {
                    12..=17 => strings(&["add", "-"]),
                    _ => {
                        let file = self.env.dir.path().join(format!("import-{}.txt", self.n));
                        std::fs::write(&file, &stdin).unwrap();
                        strings(&["import", file.to_str().unwrap()])
                    }
                }
            }
            24..=37 if others > 0 => {
                let (i, name) = (1 + self.rng.below(others) as usize, self.fresh().issuer);
                let a = &mut after.accounts[i];
                let (flag, field) = match self.rng.below(2) {
                    0 => ("--issuer", &mut a.issuer),
                    _ => ("--account", &mut a.account),
                };
                *field = name.clone();
                strings(&["rename", &self.ids[i], flag, &name])
            }
            38..=57 if others > 0 => {
                let i = 1 + self.rng.below(others) as usize;
                after.accounts.remove(i);
                strings(&["remove", &self.ids[i], "--yes"])
            }
            58..=65 => {
                let prefix = format!("rc{}x", self.fresh().issuer);
                let codes = (0..1 + self.rng.below(3)).map(|k| format!("{prefix}{k}"));
                after.codes.extend(codes);
                stdin = after.codes[m.codes.len()..].join("\n");
                strings(&["recovery", "add", &hotp_id])
            }
            66..=75 if m.used < m.codes.len() => {
                after.used += 1;
                hands_out = Some(m.codes[m.used].clone());
                strings(&["recovery", "use", &hotp_id])
            }
            _ => {
                let counter = m.accounts[0].counter.unwrap();
                after.accounts[0].counter = Some(counter + 1);
                hands_out = Some(hotp(RFC_SECRET, counter));
                strings(&["code", &hotp_id])
            }
        };
        Op {
            args,
            stdin,
            after,
            hands_out,
        }
    }

    /// Checks what `op` left, `killed` or completed: the state before it, or after it (the
    /// latter if it completed); a code it printed saved as used and never printed before.
    /// Returns whether the change was made.
    fn settle(&mut self, op: Op, out: &Output, killed: bool) -> bool {
        let ctx = format!("{:?} (killed: {killed})", op.args);
        assert!(killed || out.status.success(), "{ctx}: {}", stderr(out));
        let codes = op.args[0] == "recovery";
        let now = self.observe(codes);
        let (made, before) = (now == op.after.view(codes), now == self.m.view(codes));
        assert!(made || killed, "{ctx} did not make its change: {now}");
        assert!(made || before, "{ctx}: neither before nor after: {now}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        if let (Some(code), false) = (&op.hands_out, stdout.trim().is_empty()) {
            assert!(stdout.contains(code.as_str()), "{ctx}: printed {stdout}");
            assert!(made, "{ctx}: printed {code}, did not save it used");
            assert!(self.seen.insert(code.clone()), "{ctx}: {code} again");
        }
        self.kills.0 += usize::from(killed);
        self.kills.1 += usize::from(killed && made);
        if made {
            self.m = op.after;
        }
        self.check_files();
        made
    }

    /// The data folder holds the vault, its previous version, the lock, and what killed
    /// writes left: at most one temporary vault each, and the link made for `.prev`.
    /// Returns how many temporary vaults there are.
    fn check_files(&self) -> usize {
        let known = ["accounts.vault", "accounts.vault.prev", "vault.lock"];
        let mut other = names(&self.env);
        other.retain(|n| !known.contains(&n.as_str()) && n != ".prev-link");
        let temps = other.iter().filter(|n| n.starts_with(TEMP)).count();
        assert!(temps == other.len() && temps <= self.kills.0, "{other:?}");
        temps
    }

    /// After the kills: the model, with every secret; every account's code; the keychain
    /// and doctor clean; and every account removed. Returns the temporary vaults left.
    fn finish(mut self) -> usize {
        let view = self.observe(true);
        assert!(view == self.m.view(true), "{view}");
        let temps = self.check_files();
        doctor_is_clean(&self.env);
        keychain_holds_only_the_vault_key();
        let export = self.env.ok(&["export", "--format", "otpauth", "--yes"]);
        let is_uri = |l: &&str| l.starts_with("otpauth://");
        let uris: Vec<&str> = export.lines().filter(is_uri).collect();
        assert_eq!(uris.len(), self.m.accounts.len());
        for ((a, id), uri) in self.m.accounts.iter_mut().zip(&self.ids).zip(uris) {
            let label = format!("/{}:{}?secret={}&", a.issuer, a.account, a.secret);
            assert!(uri.contains(&label), "{uri} is not {label}");
            if let Some(c) = a.counter.as_mut() {
                let code = self.env.ok(&["code", id]).trim().to_string();
                assert_eq!(code, hotp(&a.secret, *c));
                assert!(self.seen.insert(code.clone()), "{code} again");
                *c += 1;
            } else {
                let code = self.env.ok(&["code", id, "--at", "59"]);
                assert_eq!(code.trim(), hotp(&a.secret, 1), "{}", a.issuer);
            }
        }
        let printed = self.seen.iter().filter(|c| !c.starts_with("rc")).count();
        assert!(self.m.accounts[0].counter >= Some(printed as u64));
        self.env.cleanup();
        assert!(self.env.list().is_empty(), "not all accounts were removed");
        temps
    }
}

/// The names in the data folder.
fn names(env: &Env) -> Vec<String> {
    let dir = std::fs::read_dir(env.data().join("mfa-companion")).unwrap();
    let name = |e: std::io::Result<std::fs::DirEntry>| e.unwrap().file_name();
    dir.map(name).map(|n| n.into_string().unwrap()).collect()
}

/// Starts `op` (with the pause `point`, if any), its stdin written and closed.
fn start(env: &Env, op: &Op, point: Option<&str>) -> Child {
    let mut cmd = env.cmd(&op.args.iter().map(String::as_str).collect::<Vec<_>>());
    if let Some(point) = point {
        cmd.env("MFA_COMPANION_TEST_PAUSE", point);
    }
    let (i, o, e) = (Stdio::piped(), Stdio::piped(), Stdio::piped());
    let mut child = cmd.stdin(i).stdout(o).stderr(e).spawn().unwrap();
    // A child killed early may have closed its stdin already.
    let _ = child.stdin.take().unwrap().write_all(op.stdin.as_bytes());
    child
}

/// Runs `op` and SIGKILLs it as `kill` says if it still runs; true when it was killed.
fn run(env: &Env, op: &Op, kill: Kill) -> (Output, bool) {
    let temps = || names(env).iter().filter(|n| n.starts_with(TEMP)).count();
    let (started, before) = (Instant::now(), temps());
    let mut child = start(env, op, None);
    let delay = match kill {
        Kill::No => None,
        Kill::At(delay) => Some(delay.saturating_sub(started.elapsed())),
        Kill::InWrite(delay) => {
            while temps() == before && child.try_wait().unwrap().is_none() {
                std::thread::sleep(Duration::from_micros(200));
            }
            Some(delay)
        }
    };
    if let Some(delay) = delay {
        std::thread::sleep(delay);
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
        }
    }
    let out = child.wait_with_output().unwrap();
    let killed = out.status.signal() == Some(9);
    (out, killed)
}

/// Runs `op` until it reports the pause `point` on stderr, and SIGKILLs it there.
fn kill_at_pause(env: &Env, op: &Op, point: &str) -> Output {
    let mut child = start(env, op, Some(point));
    let (tx, rx) = mpsc::channel();
    let lines = BufReader::new(child.stderr.take().unwrap()).lines();
    std::thread::spawn(move || lines.map_while(Result::ok).try_for_each(|l| tx.send(l)));
    let (wanted, mut before) = (format!("test pause: {point}"), Vec::new());
    loop {
        match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(line) if line == wanted => break,
            Ok(line) => before.push(line),
            Err(e) => {
                let _ = child.kill();
                panic!("{:?} never paused at {point} ({e}): {before:?}", op.args);
            }
        }
    }
    child.kill().unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.signal(), Some(9), "{:?}", op.args);
    out
}

fn doctor_is_clean(env: &Env) {
    let out = env.run(&["doctor"]);
    let text = String::from_utf8_lossy(&out.stdout);
    let clean = out.status.success() && !text.contains("FAIL");
    assert!(clean, "{text}{}", stderr(&out));
}

/// The session keychain holds one vault key, and besides it only the backup key and
/// server tokens: no item of an account, nothing left by a killed process.
fn keychain_holds_only_the_vault_key() {
    let out = Command::new("secret-tool")
        .args(["search", "--all", "service", "mfa-companion"])
        .output()
        .expect("secret-tool (libsecret-tools) is installed by ./test.sh");
    // secret-tool prints the attributes on stderr, the rest on stdout.
    let text = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
    let prefix = "attribute.username = ";
    let names: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix(prefix))
        .collect();
    let keys = names.iter().filter(|n| **n == "vault:key");
    assert_eq!(keys.count(), 1, "{names:?}");
    let allowed = |n: &&str| ["vault:key", "backup:key"].contains(n) || n.starts_with("server:");
    assert!(names.iter().all(allowed), "{names:?}");
}

#[test]
fn random_kills_of_random_operations_lose_nothing_and_change_all_or_nothing() {
    assert_eq!(hotp(RFC_SECRET, 0), "755224");
    let (mut kills, mut made_by_killed, mut in_write) = (0, 0, 0);
    for seed in SEEDS {
        let mut r = Run::new(seed);
        for _ in 0..OPS_PER_SEED {
            let choice = r.rng.below(100);
            let op = r.op(choice);
            // Half of the kills land in the write: from its temporary file on.
            let kill = match r.rng.below(4) {
                0 => Kill::No,
                1 => Kill::At(Duration::from_micros(r.rng.below(120_000))),
                _ => Kill::InWrite(Duration::from_micros(r.rng.below(2_500))),
            };
            let (out, killed) = run(&r.env, &op, kill);
            r.settle(op, &out, killed);
        }
        (kills, made_by_killed) = (kills + r.kills.0, made_by_killed + r.kills.1);
        in_write += r.finish();
    }
    let ops = SEEDS.len() * OPS_PER_SEED;
    println!(
        "{ops} operations, {kills} killed: {in_write} inside the write before the rename, \
         {made_by_killed} after the change was made"
    );
    // Timing varies; these floors only catch a harness that stopped killing.
    let landed = in_write + made_by_killed;
    assert!(
        kills >= 40 && landed >= 10,
        "{kills} kills, {landed} landed"
    );
}

#[test]
fn kills_at_each_step_of_the_vault_swap_leave_the_old_or_the_new_vault() {
    let mut r = Run::new(0x5a4b);
    // Accounts to rename and remove, and recovery codes to use.
    for choice in [12, 18, 58, 58, 58] {
        let op = r.op(choice);
        let (out, _) = run(&r.env, &op, Kill::No);
        r.settle(op, &out, false);
    }
    for point in ["before-prev", "before-rename", "after-rename"] {
        // add, add -, import, rename, remove, recovery add, recovery use, HOTP code.
        for choice in [0, 12, 18, 24, 38, 58, 66, 99] {
            let op = r.op(choice);
            let ctx = format!("{:?} killed at {point}", op.args);
            let out = kill_at_pause(&r.env, &op, point);
            assert_eq!(String::from_utf8_lossy(&out.stdout), "", "{ctx}");
            // Up to the rename the old vault stands; from it on the new one (a HOTP
            // counter or recovery code is then used up though none was printed).
            assert_eq!(r.settle(op, &out, true), point == "after-rename", "{ctx}");
            doctor_is_clean(&r.env);
            keychain_holds_only_the_vault_key();
        }
        // The next write works over whatever the kills left.
        let op = r.op(0);
        let (out, _) = run(&r.env, &op, Kill::No);
        assert!(r.settle(op, &out, false));
    }
    r.finish();
}
