//! Bakes the libtorch library folder into the binary's run path, so `actorgraph` runs without
//! LD_LIBRARY_PATH. torch-sys's own rpath lines do not reach the final binary.
fn main() {
    println!("cargo:rerun-if-env-changed=LIBTORCH");
    if let Ok(libtorch) = std::env::var("LIBTORCH") {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{libtorch}/lib");
    }
    // Also relative to the binary (target/<profile>/ and target/<profile>/deps/), for a moved
    // checkout, and PREFIX/lib/actorgraph for an installed one (`make install`).
    println!("cargo:rustc-link-arg=-Wl,-rpath,$ORIGIN/../../.libtorch/lib:$ORIGIN/../../../.libtorch/lib:$ORIGIN/../lib/actorgraph");
}
