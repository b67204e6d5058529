//! Loading the islands' WebAssembly from a module script alone.
//!
//! Leptos's `HydrationScripts` also emits `<link rel="modulepreload">` and `<link rel="preload">`
//! for the JS and wasm files. Browsers follow those even with JavaScript off, so a learner's
//! phone with JavaScript disabled downloaded 65 KB it could never run. Here only a module script
//! fetches them, and a browser without JavaScript fetches nothing.
//!
//! The script does what Leptos's island loader does for a page of flat islands (no island
//! inside another; an island's children are server-rendered HTML it keeps as they are):
//! initialise the module, run `hydrate`, then call each `<leptos-island>`'s exported function
//! with its element, in page order.

use std::path::Path;
use std::sync::OnceLock;

use leptos::prelude::*;

/// The hashed names of the JS and wasm files in the site's package folder.
struct PackageFiles {
    js: String,
    wasm: String,
}

/// Reads the hashes cargo-leptos writes to `hash.txt` next to the server binary, as Leptos
/// does; without file hashing, the unhashed names cargo-leptos gives them.
fn package_files(options: &LeptosOptions) -> &'static PackageFiles {
    static FILES: OnceLock<PackageFiles> = OnceLock::new();
    FILES.get_or_init(|| {
        let name = options.output_name.to_string();
        let hashes = options
            .hash_files
            .then(|| {
                let exe = std::env::current_exe().ok()?;
                let folder = exe.parent().unwrap_or(Path::new("."));
                std::fs::read_to_string(folder.join(options.hash_file.as_ref())).ok()
            })
            .flatten()
            .unwrap_or_default();
        let hash_of = |kind: &str| {
            hashes.lines().find_map(|line| {
                let (file, hash) = line.split_once(':')?;
                (file.trim() == kind).then(|| format!(".{}", hash.trim()))
            })
        };
        let unhashed_wasm = if option_env!("LEPTOS_OUTPUT_NAME").is_some() {
            String::new()
        } else {
            "_bg".to_string()
        };
        PackageFiles {
            js: format!("{name}{}.js", hash_of("js").unwrap_or_default()),
            wasm: format!("{name}{}.wasm", hash_of("wasm").unwrap_or(unhashed_wasm)),
        }
    })
}

/// The page's one inline script, with the nonce its Content-Security-Policy names.
#[component]
pub fn IslandLoader(options: LeptosOptions) -> impl IntoView {
    // In islands mode the page is rendered as not hydrating, except inside islands.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let files = package_files(&options);
    let pkg = format!("/{}", options.site_pkg_dir);
    let script = format!(
        "import init, * as islands from \"{pkg}/{js}\";\
         await init({{ module_or_path: \"{pkg}/{wasm}\" }});\
         islands.hydrate();\
         for (const island of document.querySelectorAll(\"leptos-island\"))\
         islands[island.dataset.component]?.(island);",
        js = files.js,
        wasm = files.wasm,
    );
    view! { <script type="module" nonce=leptos::nonce::use_nonce()>{script}</script> }
}
