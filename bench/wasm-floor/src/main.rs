//! The smallest app of this kind: leptos CSR, a router with two routes and links, a JSON
//! file fetched and parsed with serde, a list rendered. Its wasm is the floor under ours.
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::use_params_map;
use leptos_router::path;
use serde::Deserialize;

#[derive(Deserialize, Clone)]
struct Item {
    id: String,
    name: String,
    tags: Vec<String>,
}

async fn load() -> Option<Vec<Item>> {
    let text = gloo_net::http::Request::get("items.json")
        .send()
        .await
        .ok()?
        .text()
        .await
        .ok()?;
    serde_json::from_str(&text).ok()
}

#[component]
fn List() -> impl IntoView {
    let items = LocalResource::new(load);
    move || {
        items.get().flatten().map(|items| {
            items
                .into_iter()
                .map(|i| view! { <li><A href=format!("/item/{}", i.id)>{i.name}</A> {i.tags.join(", ")}</li> })
                .collect_view()
        })
    }
}

#[component]
fn Detail() -> impl IntoView {
    let params = use_params_map();
    view! { <h1>{move || params.with(|p| p.get("id").unwrap_or_default())}</h1> }
}

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(|| {
        view! {
            <Router>
                <Routes fallback=|| "not found">
                    <Route path=path!("/") view=|| view! { <ul><List /></ul> } />
                    <Route path=path!("/item/:id") view=Detail />
                </Routes>
            </Router>
        }
    })
}
