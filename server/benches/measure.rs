//! What the benchmarks measure: one client's latencies, and many clients' requests per second.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Requests sent one after another when latencies are measured.
pub const SAMPLES: usize = 400;
/// Clients sending back to back, and for how long, when requests per second are counted.
pub const CONCURRENCY: usize = 16;
pub const SECONDS: f64 = 3.0;

/// Runs `bench` on two worker threads, as many as the server gets on a small machine.
pub fn on_two_threads(bench: impl Future<Output = ()>) {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
        .block_on(bench);
}

/// A GET of `url` with `cookie` (a session) when given, answered 200 and read to the end.
async fn get(client: &reqwest::Client, url: &str, cookie: &str) {
    let mut request = client.get(url);
    if !cookie.is_empty() {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200, "{url}");
    response.bytes().await.unwrap();
}

/// [`SAMPLES`] sequential GETs of `url`: the median and 95th percentile in microseconds.
pub async fn latencies(client: &reqwest::Client, url: &str, cookie: &str) -> (f64, f64) {
    let mut times = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES {
        let start = Instant::now();
        get(client, url, cookie).await;
        times.push(start.elapsed().as_secs_f64() * 1e6);
    }
    times.sort_by(f64::total_cmp);
    (times[SAMPLES / 2], times[SAMPLES * 95 / 100])
}

/// Requests per second for `url`, sent by [`CONCURRENCY`] clients back to back for
/// [`SECONDS`], with `cookie` when given.
pub async fn throughput(client: &reqwest::Client, url: &str, cookie: &str) -> f64 {
    let deadline = Instant::now() + Duration::from_secs_f64(SECONDS);
    let served = Arc::new(AtomicUsize::new(0));
    let clients: Vec<_> = (0..CONCURRENCY)
        .map(|_| {
            let (client, url, cookie, served) = (
                client.clone(),
                url.to_string(),
                cookie.to_string(),
                served.clone(),
            );
            tokio::spawn(async move {
                while Instant::now() < deadline {
                    get(&client, &url, &cookie).await;
                    served.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for client in clients {
        client.await.unwrap();
    }
    served.load(Ordering::Relaxed) as f64 / SECONDS
}
