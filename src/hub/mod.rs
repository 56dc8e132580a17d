//! The hub: one PostgreSQL database as the truth for many kiosks, served
//! over HTTP by tokio and axum. Kiosks take numbers from it, so a number is
//! never issued twice across the fleet, and pull department changes from it.
//!
//! Several hub processes may serve one database: everything they share lives
//! in PostgreSQL, and the schema is migrated and checked at start.

pub mod api;
pub mod live;
pub mod schema;
pub mod store;
pub mod tls;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use std::net::SocketAddr;
use std::time::Duration;

/// Connections each hub process keeps to PostgreSQL.
const POOL_SIZE: usize = 16;

#[derive(Debug, thiserror::Error)]
pub enum HubError {
    #[error("the database URL is not usable: {0}")]
    Url(tokio_postgres::Error),
    #[error("cannot connect to the hub database: {0}")]
    Connect(String),
    #[error(transparent)]
    Schema(#[from] schema::SchemaError),
    #[error(transparent)]
    Store(#[from] store::HubStoreError),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("the hub stopped: {0}")]
    Serve(std::io::Error),
    #[error(transparent)]
    Tls(#[from] tls::TlsError),
    #[error("cannot start the async runtime: {0}")]
    Runtime(std::io::Error),
}

/// A pool on `url` (`postgres://user:pass@host:port/db` or `host=… dbname=…`),
/// with the schema migrated and checked.
pub async fn connect(url: &str) -> Result<Pool, HubError> {
    let config: tokio_postgres::Config = url.parse().map_err(HubError::Url)?;
    let manager = Manager::from_config(
        config,
        tokio_postgres::NoTls,
        ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        },
    );
    let pool = Pool::builder(manager)
        .max_size(POOL_SIZE)
        .wait_timeout(Some(Duration::from_secs(10)))
        .create_timeout(Some(Duration::from_secs(5)))
        .runtime(deadpool_postgres::Runtime::Tokio1)
        .build()
        .map_err(|e| HubError::Connect(e.to_string()))?;
    let mut client = pool
        .get()
        .await
        .map_err(|e| HubError::Connect(e.to_string()))?;
    schema::migrate(&mut client).await?;
    Ok(pool)
}

/// A runtime for the command line's one-shot hub commands and for `serve`.
pub fn runtime() -> Result<tokio::runtime::Runtime, HubError> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(HubError::Runtime)
}

/// How the hub serves: its database, how many requests a second each kiosk
/// may make, and TLS when it has a certificate.
pub struct Serving {
    pub url: String,
    pub kiosk_rate: u32,
    pub tls: Option<tokio_rustls::TlsAcceptor>,
}

/// Serves kiosks, the console and displays on `listener` until `shutdown`
/// resolves; requests in flight finish first, live streams end.
pub async fn serve(
    listener: tokio::net::TcpListener,
    pool: Pool,
    serving: Serving,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), HubError> {
    let live = live::channel();
    let listening = tokio::spawn(live::listen(serving.url.clone(), live.clone()));
    let (stop, stopping) = tokio::sync::watch::channel(false);
    let mut state = api::AppState::new(pool, serving.kiosk_rate, live.clone(), stopping);
    state.secure_cookies = serving.tls.is_some();
    // A kiosk revoked on any hub is forgotten by this one at once.
    let forgetting = {
        let kiosks = std::sync::Arc::clone(&state.kiosks);
        let mut heard = live.subscribe();
        tokio::spawn(async move {
            loop {
                match heard.recv().await {
                    Ok(p) if p != "kiosks" && p != "reconnected" => continue,
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
                    _ => kiosks.lock().unwrap_or_else(|p| p.into_inner()).clear(),
                }
            }
        })
    };
    let app = api::router(state);
    let stopped = async move {
        shutdown.await;
        let _ = stop.send(true);
    };
    let served = match serving.tls {
        Some(acceptor) => {
            axum::serve(
                tls::TlsListener::new(listener, acceptor),
                app.into_make_service_with_connect_info::<tls::Peer>(),
            )
            .with_graceful_shutdown(stopped)
            .await
        }
        None => {
            axum::serve(
                listener,
                app.into_make_service_with_connect_info::<tls::Peer>(),
            )
            .with_graceful_shutdown(stopped)
            .await
        }
    }
    .map_err(HubError::Serve);
    listening.abort();
    forgetting.abort();
    served
}

/// `banzhen hub serve`: migrate, then serve on `addr` until Ctrl-C or SIGTERM;
/// over HTTPS when given a certificate and key (PEM).
pub fn run(
    url: &str,
    addr: SocketAddr,
    kiosk_rate: u32,
    tls: Option<(&std::path::Path, &std::path::Path)>,
) -> Result<(), HubError> {
    let tls = tls
        .map(|(cert, key)| tls::acceptor(cert, key))
        .transpose()?;
    runtime()?.block_on(async {
        let pool = connect(url).await?;
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| HubError::Listen { addr, source })?;
        let bound = listener.local_addr().map_err(HubError::Serve)?;
        let scheme = if tls.is_some() { "https" } else { "http" };
        println!("hub listening on {scheme}://{bound}");
        let serving = Serving {
            url: url.to_string(),
            kiosk_rate,
            tls,
        };
        serve(listener, pool, serving, stop_signal()).await
    })
}

async fn stop_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
