//! Progress of long operator commands (`veracity eval`, `projections rebuild`): a bar on a
//! terminal, plain lines when stderr is not one (logs, CI), so output stays greppable.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

/// A progress report for `total` steps (`None`: unknown). Clones share one bar.
#[derive(Clone)]
pub struct Progress {
    bar: Option<ProgressBar>,
    what: &'static str,
}

impl Progress {
    pub fn new(what: &'static str, total: Option<u64>) -> Self {
        if !std::io::stderr().is_terminal() {
            return Self { bar: None, what };
        }
        let bar = match total {
            Some(total) => ProgressBar::new(total).with_style(
                ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} {msg} ({elapsed}, ~{eta} left)")
                    .expect("a valid template")
                    .progress_chars("=> "),
            ),
            None => ProgressBar::new_spinner(),
        };
        Self { bar: Some(bar.with_prefix(what)), what }
    }

    /// One step done, with a line about it: the bar's message on a terminal, else printed.
    pub fn step(&self, line: &str) {
        match &self.bar {
            Some(bar) => {
                bar.set_message(line.to_owned());
                bar.inc(1);
            }
            None => eprintln!("{}: {line}", self.what),
        }
    }

    /// Whether a bar is shown (stderr is a terminal).
    pub fn shown(&self) -> bool {
        self.bar.is_some()
    }

    /// The position reached, for work measured elsewhere (e.g. a checkpoint); silent when not
    /// on a terminal.
    pub fn at(&self, position: u64) {
        if let Some(bar) = &self.bar {
            bar.set_position(position);
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
