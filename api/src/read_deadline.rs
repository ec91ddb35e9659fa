//! Read deadlines on every connection, below HTTP: a request's head must arrive within
//! `head` of its first byte, and the whole request (head and body) within `request`. poem's
//! server sets no hyper timer, so without this a client that sends one header byte a minute
//! (slowloris) or trickles a body holds a connection and a task for as long as it likes; the
//! idle timeout only closes connections that send nothing at all.
//!
//! The wrapper watches the bytes that pass: reading a request's first byte starts both clocks,
//! the blank line that ends the head (`\r\n\r\n`, or bare `\n\n` as httparse accepts) stops the
//! head clock, and the server's first response byte stops the request clock. An interim
//! `100 Continue` does not count as the response (the body follows it). Between requests no
//! clock runs, so keep-alive connections wait under the idle timeout as before. HTTP/2 (prior
//! knowledge) and upgraded connections are not HTTP/1 text and are left alone. A head still
//! incomplete at its deadline, or a request byte arriving after the request deadline, fails the
//! connection's read with `TimedOut`, which closes it; a request that has fully arrived may
//! take as long as its handler needs.

use std::future::Future;
use std::io::{self, IoSlice};
use std::pin::Pin;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use poem::http::uri::Scheme;
use poem::listener::Acceptor;
use poem::web::{LocalAddr, RemoteAddr};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Instant, Sleep};

/// How long a request may take to arrive.
#[derive(Debug, Clone, Copy)]
pub struct ReadDeadlines {
    /// From a request's first byte to the end of its head.
    pub head: Duration,
    /// From a request's first byte to its last (the server's answer ends the clock).
    pub request: Duration,
}

/// An [`Acceptor`] whose connections carry [`ReadDeadlines`].
pub struct ReadDeadlineAcceptor<A> {
    inner: A,
    deadlines: ReadDeadlines,
}

impl<A> ReadDeadlineAcceptor<A> {
    pub fn new(inner: A, deadlines: ReadDeadlines) -> Self {
        Self { inner, deadlines }
    }
}

impl<A: Acceptor> Acceptor for ReadDeadlineAcceptor<A> {
    type Io = DeadlineIo<A::Io>;

    fn local_addr(&self) -> Vec<LocalAddr> {
        self.inner.local_addr()
    }

    async fn accept(&mut self) -> io::Result<(Self::Io, LocalAddr, RemoteAddr, Scheme)> {
        let (io, local, remote, scheme) = self.inner.accept().await?;
        Ok((DeadlineIo::new(io, self.deadlines), local, remote, scheme))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// No request in progress: no clock runs.
    Between,
    /// Reading a request's head: `newlines` counts consecutive line ends once `text` (the
    /// request line) has begun; blank lines before it never end a head, as RFC 9112 allows.
    Head { newlines: u8, text: bool },
    /// Head complete; the body may still be arriving until the server answers.
    Body,
    /// HTTP/2 or an upgraded connection: bytes are not HTTP/1 text, no clock runs.
    Opaque,
}

const H2_PREFACE: &[u8] = b"PRI * HTTP/2.0";
/// Stray line ends tolerated between requests before the head clock starts anyway (a client
/// trickling blank lines is as slow as one trickling a header).
const STRAY_LINE_ENDS: u8 = 4;

/// A connection's IO with [`ReadDeadlines`] enforced on reads.
pub struct DeadlineIo<Io> {
    inner: Io,
    deadlines: ReadDeadlines,
    phase: Phase,
    /// How many bytes of the connection's start matched the HTTP/2 preface; `None` once decided.
    preface: Option<usize>,
    /// Line ends seen between requests.
    stray: u8,
    started: Option<Instant>,
    deadline: Option<Pin<Box<Sleep>>>,
}

impl<Io> DeadlineIo<Io> {
    fn new(inner: Io, deadlines: ReadDeadlines) -> Self {
        Self { inner, deadlines, phase: Phase::Between, preface: Some(0), stray: 0, started: None, deadline: None }
    }

    fn arm(&mut self, at: Instant) {
        match &mut self.deadline {
            Some(sleep) => sleep.as_mut().reset(at),
            None => self.deadline = Some(Box::pin(tokio::time::sleep_until(at))),
        }
    }

    fn disarm(&mut self) {
        self.started = None;
        self.deadline = None;
    }

    fn observe_read(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            if let Some(matched) = self.preface {
                self.preface = if H2_PREFACE.get(matched) != Some(&byte) {
                    None
                } else if matched + 1 == H2_PREFACE.len() {
                    self.phase = Phase::Opaque;
                    self.disarm();
                    return;
                } else {
                    Some(matched + 1)
                };
            }
            match self.phase {
                Phase::Opaque | Phase::Body => return,
                // A few stray line ends between requests (some clients send one after a body)
                // are not a request yet.
                Phase::Between if (byte == b'\r' || byte == b'\n') && self.stray < STRAY_LINE_ENDS => self.stray += 1,
                Phase::Between => {
                    let now = Instant::now();
                    self.started = Some(now);
                    self.arm(now + self.deadlines.head.min(self.deadlines.request));
                    self.phase = Phase::Head { newlines: 0, text: false };
                    self.head_byte(byte);
                }
                Phase::Head { .. } => self.head_byte(byte),
            }
        }
    }

    fn head_byte(&mut self, byte: u8) {
        let Phase::Head { newlines, text } = &mut self.phase else { return };
        match byte {
            b'\r' => {}
            b'\n' if *text => *newlines += 1,
            b'\n' => {}
            _ => {
                *text = true;
                *newlines = 0;
            }
        }
        if *newlines >= 2 {
            self.phase = Phase::Body;
            let started = self.started.unwrap_or_else(Instant::now);
            self.arm(started + self.deadlines.request);
        }
    }

    /// A write of the server's: interim `1xx` answers (`100 Continue` asks for the body and
    /// the request's clock keeps running; `101` switches protocols) are skipped, and a status
    /// line after them, or at the start of the write, is the response: the request is over.
    /// Other writes (a body's chunks) change nothing.
    fn observe_write(&mut self, written: &[u8]) {
        if matches!(self.phase, Phase::Opaque) {
            return;
        }
        let mut rest = written;
        while rest.starts_with(b"HTTP/1.1 1") || rest.starts_with(b"HTTP/1.0 1") {
            if rest[9..].starts_with(b"101") {
                self.phase = Phase::Opaque;
                self.disarm();
                return;
            }
            match rest.windows(4).position(|w| w == b"\r\n\r\n") {
                Some(end) => rest = &rest[end + 4..],
                None => return,
            }
        }
        if rest.starts_with(b"HTTP/1.") {
            self.phase = Phase::Between;
            self.stray = 0;
            self.preface = None;
            self.disarm();
        }
    }
}

fn timed_out(phase: Phase) -> io::Error {
    let what = if matches!(phase, Phase::Head { .. }) { "request head" } else { "request body" };
    io::Error::new(io::ErrorKind::TimedOut, format!("{what} not received in time"))
}

impl<Io: AsyncRead + Unpin> AsyncRead for DeadlineIo<Io> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        let expired = this.deadline.as_mut().is_some_and(|deadline| deadline.as_mut().poll(cx).is_ready());
        // A head past its deadline is late whatever happens next. A body past its deadline is
        // late only if more of it arrives: once the client has sent everything, the handler
        // may take its time (a synchronous detection waits for its result).
        if expired && this.phase != Phase::Body {
            return Poll::Ready(Err(timed_out(this.phase)));
        }
        let before = buf.filled().len();
        ready!(Pin::new(&mut this.inner).poll_read(cx, buf))?;
        if expired && buf.filled().len() > before {
            return Poll::Ready(Err(timed_out(this.phase)));
        }
        this.observe_read(&buf.filled()[before..]);
        Poll::Ready(Ok(()))
    }
}

impl<Io: AsyncWrite + Unpin> AsyncWrite for DeadlineIo<Io> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let written = ready!(Pin::new(&mut self.inner).poll_write(cx, buf))?;
        if written > 0 {
            self.observe_write(&buf[..written]);
        }
        Poll::Ready(Ok(written))
    }

    fn poll_write_vectored(mut self: Pin<&mut Self>, cx: &mut Context<'_>, bufs: &[IoSlice<'_>]) -> Poll<io::Result<usize>> {
        let written = ready!(Pin::new(&mut self.inner).poll_write_vectored(cx, bufs))?;
        if written > 0
            && let Some(first) = bufs.iter().find(|b| !b.is_empty())
        {
            self.observe_write(&first[..first.len().min(written)]);
        }
        Poll::Ready(Ok(written))
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn io() -> DeadlineIo<()> {
        DeadlineIo::new((), ReadDeadlines { head: Duration::from_secs(1), request: Duration::from_secs(5) })
    }

    #[tokio::test]
    async fn the_head_clock_runs_from_the_first_byte_to_the_blank_line() {
        let mut io = io();
        assert!(io.deadline.is_none());
        io.observe_read(b"\r\nGET / HTTP/1.1\r\nHost: x\r");
        assert!(matches!(io.phase, Phase::Head { .. }));
        assert!(io.deadline.is_some());
        io.observe_read(b"\n\r\n");
        assert_eq!(io.phase, Phase::Body);
        io.observe_write(b"HTTP/1.1 100 Continue\r\n\r\n");
        assert_eq!(io.phase, Phase::Body, "an interim answer is not the response");
        io.observe_write(b"{\"chunk\": \"of a body\"}");
        assert_eq!(io.phase, Phase::Body, "only a status line starts the response");
        io.observe_write(b"HTTP/1.1 200 OK\r\n");
        assert_eq!(io.phase, Phase::Between);
        assert!(io.deadline.is_none());
        io.observe_read(b"GET /again HTTP/1.1\n\n");
        assert_eq!(io.phase, Phase::Body, "bare line feeds end a head too");
        io.observe_write(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 400 Bad Request\r\n");
        assert_eq!(io.phase, Phase::Between, "a final answer written with the interim one ends the request");
    }

    #[tokio::test]
    async fn trickled_blank_lines_start_the_head_clock() {
        let mut io = io();
        io.observe_read(b"\r\n\r\n");
        assert_eq!(io.phase, Phase::Between, "a few stray line ends are tolerated");
        io.observe_read(b"\n");
        assert!(matches!(io.phase, Phase::Head { .. }) && io.deadline.is_some(), "more start the clock");
        io.observe_read(b"\n\n\n");
        assert!(matches!(io.phase, Phase::Head { .. }), "blank lines before a request line never end a head");
        io.observe_read(b"GET / HTTP/1.1\r\n\r\n");
        assert_eq!(io.phase, Phase::Body);
    }

    #[tokio::test]
    async fn http2_and_upgrades_run_no_clock() {
        let mut h2 = io();
        h2.observe_read(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
        assert_eq!(h2.phase, Phase::Opaque);
        assert!(h2.deadline.is_none());
        let mut upgraded = io();
        upgraded.observe_read(b"GET /ws HTTP/1.1\r\nUpgrade: websocket\r\n\r\n");
        upgraded.observe_write(b"HTTP/1.1 101 Switching Protocols\r\n");
        upgraded.observe_read(b"anything");
        assert_eq!(upgraded.phase, Phase::Opaque);
        let mut post = io();
        post.observe_read(b"P");
        post.observe_read(b"OST / HTTP/1.1\r\n");
        assert!(matches!(post.phase, Phase::Head { .. }), "a request starting like the preface is still HTTP/1");
    }
}
