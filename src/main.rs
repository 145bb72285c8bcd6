//! Entry point of the wasm app: see the library crate for everything else.

fn main() {
    release_explorer::run();
}
