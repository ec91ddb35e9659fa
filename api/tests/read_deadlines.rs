//! Read deadlines over a real socket: a client that trickles a request head or body is cut off
//! at the deadline, while keep-alive connections idle between requests, `Expect: 100-continue`
//! uploads, handlers slower than the deadline and ordinary requests are served.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use poem::listener::{Acceptor, Listener, TcpListener};
use poem::{Route, Server, handler, post};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use veracity_api::read_deadline::{ReadDeadlineAcceptor, ReadDeadlines};

const HEAD: Duration = Duration::from_secs(1);
const REQUEST: Duration = Duration::from_secs(3);

#[handler]
fn echo(body: String) -> String {
    format!("got {}", body.len())
}

/// A handler slower than the request deadline (as a synchronous detection can be).
#[handler]
async fn patient(body: String) -> String {
    tokio::time::sleep(REQUEST + Duration::from_millis(500)).await;
    format!("slow {}", body.len())
}

async fn serve() -> SocketAddr {
    let acceptor = TcpListener::bind("127.0.0.1:0").into_acceptor().await.unwrap();
    let addr = *acceptor.local_addr()[0].as_socket_addr().unwrap();
    let acceptor = ReadDeadlineAcceptor::new(acceptor, ReadDeadlines { head: HEAD, request: REQUEST });
    tokio::spawn(
        Server::new_with_acceptor(acceptor)
            .idle_timeout(Duration::from_secs(30))
            .run(Route::new().at("/echo", post(echo)).at("/slow", post(patient))),
    );
    addr
}

/// Reads one response (head and `Content-Length` body); `None` when the server closed first.
async fn response(stream: &mut TcpStream) -> Option<String> {
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 1024];
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse::<usize>().unwrap()))
                .unwrap_or(0);
            if text.starts_with("HTTP/1.1 100") {
                return Some(text[..end + 4].to_owned());
            }
            if bytes.len() >= end + 4 + length {
                return Some(text);
            }
        }
        assert!(Instant::now() < deadline, "no answer within 10 s: {text:?}");
        match tokio::time::timeout(Duration::from_secs(10), stream.read(&mut chunk)).await.expect("read timed out") {
            Ok(0) | Err(_) => return None,
            Ok(n) => bytes.extend_from_slice(&chunk[..n]),
        }
    }
}

fn request(body: &str) -> String {
    format!("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: {}\r\n\r\n{body}", body.len())
}

/// Writes `bytes` one at a time, `every` apart, until the server closes; returns when it did.
async fn trickle(stream: &mut TcpStream, bytes: &[u8], every: Duration) -> Option<Duration> {
    let started = Instant::now();
    for byte in bytes {
        tokio::time::sleep(every).await;
        if stream.write_all(&[*byte]).await.is_err() {
            return Some(started.elapsed());
        }
        let mut probe = [0u8; 64];
        if let Ok(Ok(0) | Err(_)) = tokio::time::timeout(Duration::from_millis(1), stream.read(&mut probe)).await {
            return Some(started.elapsed());
        }
    }
    None
}

#[tokio::test]
async fn a_head_sent_byte_by_byte_is_cut_off_at_the_head_deadline() {
    let addr = serve().await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    let endless = "GET /echo HTTP/1.1\r\nHost: test\r\nX-Slow: ".to_owned() + &"a".repeat(200);
    let elapsed = trickle(&mut slow, endless.as_bytes(), Duration::from_millis(50)).await.expect("the server never closed");
    assert!(elapsed >= HEAD && elapsed < HEAD + Duration::from_secs(2), "closed after {elapsed:?}");

    // The server keeps serving.
    let mut client = TcpStream::connect(addr).await.unwrap();
    client.write_all(request("hello").as_bytes()).await.unwrap();
    assert!(response(&mut client).await.unwrap().ends_with("got 5"));
}

#[tokio::test]
async fn a_trickled_body_is_cut_off_at_the_request_deadline() {
    let addr = serve().await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 100\r\n\r\n").await.unwrap();
    let elapsed = trickle(&mut slow, &[b'x'; 100], Duration::from_millis(100)).await.expect("the server never closed");
    assert!(elapsed >= REQUEST - Duration::from_millis(200) && elapsed < REQUEST + Duration::from_secs(2), "closed after {elapsed:?}");
}

#[tokio::test]
async fn keep_alive_pauses_and_continue_waits_are_not_deadlines() {
    let addr = serve().await;
    let mut client = TcpStream::connect(addr).await.unwrap();
    client.write_all(request("one").as_bytes()).await.unwrap();
    assert!(response(&mut client).await.unwrap().ends_with("got 3"));
    // Idle between requests for longer than the head deadline: only the idle timeout applies.
    tokio::time::sleep(HEAD * 2).await;
    client.write_all(request("two!").as_bytes()).await.unwrap();
    assert!(response(&mut client).await.unwrap().ends_with("got 4"));

    // Expect: 100-continue: the interim answer does not end the request, and the body may
    // follow after longer than the head deadline (within the request deadline).
    let body = "x".repeat(10);
    let head = format!("POST /echo HTTP/1.1\r\nHost: test\r\nExpect: 100-continue\r\nContent-Length: {}\r\n\r\n", body.len());
    client.write_all(head.as_bytes()).await.unwrap();
    assert!(response(&mut client).await.unwrap().starts_with("HTTP/1.1 100"));
    tokio::time::sleep(HEAD + Duration::from_millis(500)).await;
    client.write_all(body.as_bytes()).await.unwrap();
    assert!(response(&mut client).await.unwrap().ends_with("got 10"));

    // A request that has fully arrived may take longer than the request deadline to answer.
    client.write_all(request("patient").replace("/echo", "/slow").as_bytes()).await.unwrap();
    assert!(response(&mut client).await.unwrap().ends_with("slow 7"));

    // Headers split across writes within the deadline are fine.
    let whole = request("split");
    let (first, rest) = whole.split_at(20);
    client.write_all(first.as_bytes()).await.unwrap();
    tokio::time::sleep(HEAD / 2).await;
    client.write_all(rest.as_bytes()).await.unwrap();
    assert!(response(&mut client).await.unwrap().ends_with("got 5"));
}
