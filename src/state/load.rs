//! The one way the app loads what its views show (the dataset, the map's geometry, the
//! country table, the downloads' sizes): a `Loader` in the context, whose state every view
//! that shows it reads, so that a retry pressed in one view reaches them all.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::{RequestCredentials, RequestMode};

use crate::model::packed;

/// Why something could not be loaded: shown, folded away, under the localised message.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("{0}: network error: {1}")]
    Network(&'static str, String),
    #[error("{0}: the server answered HTTP {1}")]
    Status(&'static str, u16),
    #[error("{0}: {1}")]
    Invalid(&'static str, String),
    /// A part of the app's own code (a wasm chunk, `lazy.rs`) did not arrive.
    #[error("{0}: this part of the app's code could not be loaded (offline, or replaced by a newer release)")]
    Code(&'static str),
}

/// A load whose code is in a chunk that did not arrive (`lazy.rs`).
impl From<leptos::wasm_split::SplitLoaderError> for LoadError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        LoadError::Code("split module")
    }
}

/// Where a load stands.
#[derive(Debug)]
pub enum Load<T> {
    Loading,
    Ready(Arc<T>),
    Failed(LoadError),
}

// By hand: `T` itself need not be `Clone` (it is behind an `Arc`).
impl<T> Clone for Load<T> {
    fn clone(&self) -> Self {
        match self {
            Load::Loading => Load::Loading,
            Load::Ready(value) => Load::Ready(value.clone()),
            Load::Failed(err) => Load::Failed(err.clone()),
        }
    }
}

impl<T> PartialEq for Load<T> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Load::Loading, Load::Loading) => true,
            (Load::Ready(a), Load::Ready(b)) => Arc::ptr_eq(a, b),
            (Load::Failed(a), Load::Failed(b)) => a == b,
            _ => false,
        }
    }
}

type Fetched<T> = Pin<Box<dyn Future<Output = Result<T, LoadError>>>>;

/// How a loader fetches: a closure, so that it takes what it needs from the app's root when
/// the loader is provided (the fetch itself runs in a task, outside any reactive owner).
type Fetch<K, T> = Box<dyn Fn(K) -> Fetched<T> + Send + Sync>;

/// Loads a `T` for a key (the dataset for a locale; `()` for what has one version), once,
/// and again on `retry`. Views read its state; only the loader writes it.
pub struct Loader<K: 'static, T: 'static> {
    state: RwSignal<Load<T>>,
    key: RwSignal<Option<K>>,
    fetch: StoredValue<Fetch<K, T>>,
    in_flight: InFlight,
}

impl<K, T> Clone for Loader<K, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<K, T> Copy for Loader<K, T> {}

impl<K, T> Loader<K, T>
where
    K: Clone + PartialEq + Send + Sync + 'static,
    T: Send + Sync + 'static,
{
    /// Shares a new loader with every view below (call in the app's root).
    pub fn provide(fetch: impl Fn(K) -> Fetched<T> + Send + Sync + 'static) {
        provide_context(Loader {
            state: RwSignal::new(Load::Loading),
            key: RwSignal::new(None),
            fetch: StoredValue::new(Box::new(fetch) as Fetch<K, T>),
            in_flight: expect_context::<InFlight>(),
        });
    }

    /// The loader shared by `provide`, as it stands: for views that show what others load.
    pub fn shared() -> Self {
        expect_context::<Self>()
    }

    /// The loader shared by `provide`, loading (or loaded) for `key`.
    pub fn ensure(key: K) -> Self {
        let loader = Self::shared();
        loader.request(key);
        loader
    }

    /// Loads for `key` unless that is loaded or loading (a failure stays until `retry`).
    pub fn request(self, key: K) {
        if self.key.get_untracked().as_ref() != Some(&key) {
            self.key.set(Some(key));
            self.retry();
        }
    }

    /// Loads again for the current key; every view follows the state.
    pub fn retry(self) {
        let Some(key) = self.key.get_untracked() else {
            return;
        };
        self.state.set(Load::Loading);
        let counted = Counted::new(self.in_flight.0);
        let fetched = self.fetch.with_value(|fetch| fetch(key.clone()));
        spawn_local(async move {
            // The request starts in a task of its own, so that whatever asked for the load
            // (the app's mount, a page's render) ends first: a preloaded file's parsing would
            // otherwise run in that same task and make it one long one (TBT).
            next_task().await;
            let next = match fetched.await {
                Ok(value) => Load::Ready(Arc::new(value)),
                Err(err) => Load::Failed(err),
            };
            // The views render what came in a task of their own, apart from the parsing:
            // two short tasks keep a phone's main thread free for taps (TBT), one long would
            // not.
            next_task().await;
            // A result for a key the visitor already left (another locale) is dropped, as is
            // one for a view's own loader that is gone (`try_`: the signals may be disposed).
            if self.key.try_get_untracked().flatten().as_ref() == Some(&key) {
                self.state.try_set(next);
            }
            drop(counted);
        });
    }

    /// The state (tracked).
    pub fn get(self) -> Load<T> {
        self.state.get()
    }

    /// The state (untracked).
    pub fn get_untracked(self) -> Load<T> {
        self.state.get_untracked()
    }

    /// The value, if loaded (untracked).
    pub fn ready_untracked(self) -> Option<Arc<T>> {
        match self.state.get_untracked() {
            Load::Ready(value) => Some(value),
            _ => None,
        }
    }
}

/// How many loads are in progress: the first paint stays until none is
/// (`state/first_paint.rs`).
#[derive(Clone, Copy)]
pub struct InFlight(RwSignal<u32>);

impl InFlight {
    /// Call before any `Loader::provide`.
    pub fn provide() {
        provide_context(InFlight(RwSignal::new(0)));
    }

    pub fn use_context() -> InFlight {
        expect_context::<InFlight>()
    }

    /// Tracked.
    pub fn is_idle(self) -> bool {
        self.0.get() == 0
    }

    pub fn is_idle_untracked(self) -> bool {
        self.0.get_untracked() == 0
    }

    /// Awaits `work`, counted as a load in progress meanwhile (where the app provides the
    /// count: a prefetch outside the app's owner counts nothing).
    pub async fn count<T>(work: impl Future<Output = T>) -> T {
        let _counted = use_context::<InFlight>().map(|n| Counted::new(n.0));
        work.await
    }
}

/// One unit of a count of work in progress, given back when dropped: work abandoned half
/// way (a navigation cut short by another drops its route's preload) still ends its count,
/// or the first paint and `aria-busy` would wait for ever.
pub struct Counted(RwSignal<u32>);

impl Counted {
    pub fn new(count: RwSignal<u32>) -> Self {
        count.update(|n| *n += 1);
        Counted(count)
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        // `try_`: the count may be disposed with the app.
        self.0.try_update(|n| *n = n.saturating_sub(1));
    }
}

/// A flag that turns true in a new task of the event loop, for a render that can wait for
/// it (the routes', after the app's set-up): two short tasks keep a phone's main thread
/// free for taps (Total Blocking Time), one long would not. `InFlight` counts it until
/// then, so the first paint stays.
pub fn in_next_task() -> ReadSignal<bool> {
    let in_flight = InFlight::use_context();
    let (due, set_due) = signal(false);
    let counted = Counted::new(in_flight.0);
    spawn_local(async move {
        next_task().await;
        set_due.set(true);
        drop(counted);
    });
    due
}

/// Resolves in a new task of the event loop (`setTimeout(0)`).
async fn next_task() {
    let (done, wait) = futures::channel::oneshot::channel::<()>();
    set_timeout(
        move || {
            let _ = done.send(());
        },
        std::time::Duration::ZERO,
    );
    let _ = wait.await;
}

/// The bytes of `url` (relative to the document's base URL), or why not: every file the app
/// loads is binary (`model::packed`). Asked for in the mode of the prerendered page's and the
/// loader's preloads (no-cors: same-origin, so the answer is readable), the only one in which
/// WebKit takes a preloaded file instead of downloading it again (scripts/prerender.mjs).
pub async fn fetch_bytes(url: &'static str) -> Result<Vec<u8>, LoadError> {
    let network = |err: gloo_net::Error| LoadError::Network(url, err.to_string());
    let response = Request::get(url)
        .mode(RequestMode::NoCors)
        .credentials(RequestCredentials::Include)
        .send()
        .await
        .map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Status(url, response.status()));
    }
    response.binary().await.map_err(network)
}

/// Reads a file of the build (`model::packed`): one this release cannot read (another
/// release's, a cut answer) fails the load, naming the file.
pub fn decode<T: packed::DeserializeOwned>(
    url: &'static str,
    bytes: &[u8],
) -> Result<T, LoadError> {
    packed::decode(url, bytes).map_err(|err| LoadError::Invalid(url, err.message))
}

/// Boxes a fetch for `Loader::provide`.
pub fn boxed<T>(fetch: impl Future<Output = Result<T, LoadError>> + 'static) -> Fetched<T> {
    Box::pin(fetch)
}
