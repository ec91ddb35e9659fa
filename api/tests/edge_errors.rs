//! Request-body errors through the real edge stack (`with_edge`, the layers `app` uses) around a JSON
//! operation, over a real socket: malformed JSON, wrong shape, empty body, wrong content type,
//! and a body over the limit with and without Content-Length. Each is problem+json with a
//! stable code and the request id, and the server keeps serving.

use std::net::SocketAddr;

use futures::stream;
use poem::listener::{Acceptor, Listener, TcpListener};
use poem::{Route, Server};
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi, OpenApiService};
use serde_json::Value;
use veracity_api::{BodyLimits, Metrics, with_edge};

#[derive(Object)]
struct Greeting {
    name: String,
}

struct JsonApi;

#[OpenApi]
impl JsonApi {
    #[oai(path = "/v1/greet", method = "post")]
    async fn greet(&self, body: Json<Greeting>) -> Json<String> {
        Json(format!("hello {}", body.0.name))
    }

    #[oai(path = "/v1/boom", method = "get")]
    async fn boom(&self) -> Json<String> {
        panic!("a bug in a handler")
    }
}

async fn serve() -> SocketAddr {
    let routes = Route::new().nest("/", OpenApiService::new(JsonApi, "test", "1"));
    let app = with_edge(routes, BodyLimits { default: 1024, uploads: 4096 }, Metrics::new());
    let acceptor = TcpListener::bind("127.0.0.1:0").into_acceptor().await.unwrap();
    let addr = *acceptor.local_addr()[0].as_socket_addr().unwrap();
    tokio::spawn(Server::new_with_acceptor(acceptor).run(app));
    addr
}

async fn problem(response: reqwest::Response, status: u16, code: &str) -> Value {
    assert_eq!(response.status(), status);
    assert_eq!(response.headers()["content-type"], "application/problem+json");
    let request_id = response.headers()["x-request-id"].to_str().unwrap().to_owned();
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], code, "{body}");
    assert_eq!(body["status"], status);
    assert_eq!(body["request_id"], request_id);
    body
}

#[tokio::test]
async fn body_errors_are_problems_and_the_server_keeps_serving() {
    let addr = serve().await;
    let url = format!("http://{addr}/v1/greet");
    let http = reqwest::Client::new();
    let post = |body: &'static str| http.post(&url).header("content-type", "application/json").body(body);

    let garbage = post("{\"name\": ").header("x-request-id", "bad-json-1").send().await.unwrap();
    let body = problem(garbage, 400, "MALFORMED_JSON").await;
    assert_eq!(body["request_id"], "bad-json-1");
    problem(post("[1, 2]").send().await.unwrap(), 400, "MALFORMED_JSON").await;
    problem(post("{\"nom\": \"x\"}").send().await.unwrap(), 400, "MALFORMED_JSON").await;
    problem(post("").send().await.unwrap(), 400, "MALFORMED_JSON").await;
    let text = http.post(&url).header("content-type", "text/plain").body("name=x").send().await.unwrap();
    problem(text, 415, "UNSUPPORTED_CONTENT_TYPE").await;

    let declared = http.post(&url).header("content-type", "application/json").body(vec![b' '; 2048]);
    let body = problem(declared.send().await.unwrap(), 413, "PAYLOAD_TOO_LARGE").await;
    assert_eq!(body["limit_bytes"], 1024);
    // Chunked, no Content-Length: refused while streaming, from the limit, not from the JSON parser.
    let chunks = (0..64).map(|_| Ok::<_, std::io::Error>(vec![b' '; 64]));
    let streamed = http.post(&url).header("content-type", "application/json").body(reqwest::Body::wrap_stream(stream::iter(chunks)));
    problem(streamed.send().await.unwrap(), 413, "PAYLOAD_TOO_LARGE").await;

    let panicked = http.get(format!("http://{addr}/v1/boom")).send().await.unwrap();
    let body = problem(panicked, 500, "INTERNAL").await;
    assert!(!body["detail"].as_str().unwrap().contains("a bug"), "panic messages stay in the logs");

    let ok = post("{\"name\": \"Ada\"}").send().await.unwrap();
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.json::<String>().await.unwrap(), "hello Ada");
}
