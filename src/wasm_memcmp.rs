//! `memcmp` and `bcmp` for the wasm, eight bytes at a time. Every `==` of two strings of the
//! same length ends in one of them (1,500 call sites), and the standard library's fallback
//! (compiler-builtins, linked weakly so that this one replaces it) compares byte by byte.

/// The C `memcmp`: the difference of the first pair of bytes that differ, 0 when none does.
///
/// # Safety
/// `a` and `b` are valid for reads of `n` bytes.
#[no_mangle]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i = 0;
    // (whole words while they are equal; the bytes of the first unequal one tell the order)
    unsafe {
        while i + 8 <= n && (a.add(i) as *const u64).read_unaligned() == (b.add(i) as *const u64).read_unaligned() {
            i += 8;
        }
        if i + 4 <= n && (a.add(i) as *const u32).read_unaligned() == (b.add(i) as *const u32).read_unaligned() {
            i += 4;
        }
        while i < n {
            let (x, y) = (*a.add(i), *b.add(i));
            if x != y {
                return i32::from(x) - i32::from(y);
            }
            i += 1;
        }
    }
    0
}

/// The C `bcmp`: 0 when the `n` bytes are equal.
///
/// # Safety
/// As [`memcmp`].
#[no_mangle]
pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    unsafe { memcmp(a, b, n) }
}
