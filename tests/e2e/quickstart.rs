//! `docs/quickstart.md` as a newcomer pastes it: every code block runs, in order, in one shell
//! against a real server, and reaches a verdict in curl, Python and TypeScript. Only what needs
//! the machine itself is stood in for: `make run` (the test's server is already running, its
//! address replaces http://127.0.0.1:8080), and the SDK installs (`pip install ./sdks/python`
//! is PYTHONPATH, `npm install ./sdks/typescript tsx` is the SDK bundled by its esbuild).

use std::process::Stdio;
use std::time::Duration;

use tokio::process::Command;

use crate::support::app::spawn_app;
use crate::support::{repo_root, tool};

/// The lines the test provides itself, as described above.
const STOOD_IN: [&str; 3] = ["make run", "pip install ./sdks/python", "npm install ./sdks/typescript tsx"];

/// The fenced blocks of a Markdown text: (language, code).
fn blocks(markdown: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in markdown.lines() {
        match (&mut current, line.strip_prefix("```")) {
            (None, Some(lang)) => current = Some((lang.trim().to_owned(), String::new())),
            (Some(_), Some(_)) => found.extend(current.take()),
            (Some((_, code)), None) => {
                code.push_str(line);
                code.push('\n');
            }
            (None, None) => {}
        }
    }
    found
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_quickstart_reaches_a_verdict_when_pasted() {
    let app = spawn_app().await;
    let root = repo_root();
    let markdown = std::fs::read_to_string(root.join("docs/quickstart.md")).unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let python = tool("VERACITY_PYTHON", "python");
    let esbuild = root.join("sdks/typescript/node_modules/.bin/esbuild");
    let mut script = String::from("set -euo pipefail\n");
    let mut stood_in = Vec::new();
    for (index, (lang, code)) in blocks(&markdown).into_iter().enumerate() {
        let code = code.replace("http://127.0.0.1:8080", &app.url(""));
        match lang.as_str() {
            "sh" => {
                for line in code.lines() {
                    if STOOD_IN.contains(&line.trim()) {
                        stood_in.push(line.trim().to_owned());
                    } else {
                        script.push_str(line);
                        script.push('\n');
                    }
                }
            }
            "python" => script.push_str(&format!(
                "PYTHONPATH=sdks/python PYTHONDONTWRITEBYTECODE=1 {} - <<'QUICKSTART_PY'\n{code}QUICKSTART_PY\n",
                python.display()
            )),
            "ts" => {
                let source = scratch.path().join(format!("block{index}.mts"));
                let bundle = scratch.path().join(format!("block{index}.mjs"));
                std::fs::write(&source, &code).unwrap();
                script.push_str(&format!(
                    "{} {} --bundle --platform=node --format=esm --log-level=warning \
                     --alias:@veracity/client=./sdks/typescript/src/index.ts --outfile={}\nnode {}\n",
                    esbuild.display(),
                    source.display(),
                    bundle.display(),
                    bundle.display()
                ));
            }
            _ => {}
        }
    }
    assert_eq!(stood_in, STOOD_IN, "the quickstart's install lines changed: update the test's stand-ins");

    let mut shell = Command::new("bash");
    shell
        .current_dir(&root)
        .arg("-c")
        .arg(&script)
        .env_remove("VERACITY_API_KEY")
        .env_remove("VERACITY_BASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let output = tokio::time::timeout(Duration::from_secs(180), shell.output()).await.expect("in time").expect("run bash");
    let printed = String::from_utf8_lossy(&output.stdout).into_owned();
    let report = format!("{printed}\n{}\n--- script ---\n{script}", String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "the quickstart failed:\n{report}");
    let verdicts = printed.lines().filter(|l| l.starts_with("completed ")).count();
    assert!(verdicts >= 3, "curl, Python and TypeScript each print a completed job:\n{report}");
    assert!(printed.contains("vk_live_"), "{report}");
    app.stop().await;
}
