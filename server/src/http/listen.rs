//! Accepting connections, with the deadlines and bounds that `axum::serve` does not set.
//!
//! hyper can close a connection whose request head does not arrive in time, but only when it
//! is given a timer, and `axum::serve` gives it none: a client that opens connections and
//! sends nothing, or a header a byte at a time, would keep each one open for as long as it
//! likes. This loop serves the same router over HTTP/1.1 alone (HTTP/2 without TLS has no
//! such deadline, and a reverse proxy in front speaks HTTP/1.1 to us anyway) with that
//! deadline, starting the moment a connection opens or goes idle, and another for the body. It holds at most
//! [`MAX_CONNECTIONS`] connections at once, hands every request its client's address (as
//! `ConnectInfo`, which limits on guessing read), sends small pages at once (`TCP_NODELAY`),
//! and on shutdown lets the requests under way finish.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;
use tower_http::timeout::RequestBodyTimeoutLayer;

/// How long a client may take over each part of a request.
#[derive(Debug, Clone, Copy)]
pub struct Deadlines {
    /// To send a request's head, once the connection is open or idle.
    pub head: Duration,
    /// To send a request's body (a form is a few hundred bytes; an upload, later, more).
    pub body: Duration,
}

impl Deadlines {
    pub const DEFAULT: Deadlines = Deadlines {
        head: Duration::from_secs(10),
        body: Duration::from_secs(60),
    };
}

/// Connections served at once; past it, new ones wait in the kernel's queue.
pub const MAX_CONNECTIONS: usize = 4096;

/// Serves `app` on `listener` until `shutdown` resolves, then waits for open requests.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    deadlines: Deadlines,
    shutdown: impl Future<Output = ()>,
) {
    let app = app.layer(RequestBodyTimeoutLayer::new(deadlines.body));
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(deadlines.head);
    let graceful = GracefulShutdown::new();
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = Arc::clone(&slots).acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (tcp, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors, say: wait a moment rather than spin.
                    tracing::warn!(%error, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        if let Err(error) = tcp.set_nodelay(true) {
            tracing::warn!(%error, "cannot set TCP_NODELAY");
        }
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request
                .extensions_mut()
                .insert(ConnectInfo::<SocketAddr>(remote));
            app.clone().oneshot(request.map(Body::new))
        });
        let connection = graceful.watch(builder.serve_connection(TokioIo::new(tcp), service));
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, "connection ended with an error");
            }
            drop(slot);
        });
    }
    drop(listener);
    graceful.shutdown().await;
}
