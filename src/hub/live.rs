//! Live updates across hub processes: every change notifies the channel
//! `banzhen` in PostgreSQL (`queue CODE`, `call CODE`, `alerts`,
//! `directory`), each hub process LISTENs on its own connection and passes
//! what it hears to its consoles and displays as server-sent events. A lost
//! connection is made again within a second; a browser that missed events
//! reloads what it shows on the next one, so nothing depends on seeing them all.

use futures_util::StreamExt;
use std::time::Duration;
use tokio::sync::broadcast;
use tokio_postgres::AsyncMessage;

/// Events a slow browser may fall behind by before it skips to the newest.
const BACKLOG: usize = 256;

pub fn channel() -> broadcast::Sender<String> {
    broadcast::channel(BACKLOG).0
}

/// Listens until the process ends, reconnecting when the connection drops.
pub async fn listen(url: String, out: broadcast::Sender<String>) {
    loop {
        match tokio_postgres::connect(&url, tokio_postgres::NoTls).await {
            Ok((client, mut connection)) => {
                let (heard, mut hear) = tokio::sync::mpsc::unbounded_channel();
                let driver = tokio::spawn(async move {
                    let mut messages =
                        futures_util::stream::poll_fn(move |cx| connection.poll_message(cx));
                    while let Some(message) = messages.next().await {
                        match message {
                            Ok(AsyncMessage::Notification(n)) => {
                                if heard.send(n.payload().to_string()).is_err() {
                                    break;
                                }
                            }
                            Ok(_) => {}
                            Err(e) => {
                                tracing::warn!("the hub's listening connection dropped: {e}");
                                break;
                            }
                        }
                    }
                });
                match client.batch_execute("LISTEN banzhen").await {
                    Ok(()) => {
                        // After a reconnect, whatever happened meanwhile: everyone reloads.
                        let _ = out.send("reconnected".into());
                        while let Some(payload) = hear.recv().await {
                            let _ = out.send(payload);
                        }
                    }
                    Err(e) => tracing::warn!("LISTEN failed: {e}"),
                }
                driver.abort();
            }
            Err(e) => tracing::warn!("the hub cannot open its listening connection: {e}"),
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
