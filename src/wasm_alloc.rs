//! The wasm allocator: power-of-two size classes, each with a list of freed blocks, carved
//! from the top of the wasm memory. An allocation takes a freed block of its class or bumps
//! the top; a free puts the block back on its class's list; a growing `Vec` at the top of the
//! heap grows in place. About 630 allocations per article, most of them short-lived buffers of
//! a few recurring sizes: a pop or a push each, where a general allocator (talc, dlmalloc)
//! splits, merges and searches bins. Blocks are never split or merged, so a class holds at most
//! what was live of it at once (at most twice the bytes asked for).
//!
//! Single-threaded only (the wasm has no `atomics`): the state lives in `Cell`s.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::Cell;

/// The smallest class: 2^3 = 8 bytes (room for the free list's link, and 8-aligned).
const MIN_CLASS: u32 = 3;
/// Every block is aligned to this; a layout that asks for more gets a fresh block.
const ALIGN: usize = 1 << MIN_CLASS;
/// Classes up to 2^31 bytes (more than a wasm32 memory can give).
const CLASSES: usize = 32;

/// Where the memory comes from: `grow(bytes)` extends the heap's region by at least `bytes`
/// and returns the region's new end, or `None` when the memory is exhausted.
pub(crate) trait Source {
    /// The heap's region `(start, end)` when first used.
    fn init() -> (usize, usize);
    fn grow(end: usize, bytes: usize) -> Option<usize>;
}

pub(crate) struct Classes<S: Source> {
    /// The top of the carved region, and the end of the memory it may grow into (0: not set up).
    top: Cell<usize>,
    end: Cell<usize>,
    /// For each class, the first freed block (each freed block holds the next one's address).
    free: [Cell<usize>; CLASSES],
    _source: core::marker::PhantomData<S>,
}

// (single-threaded: see the module's documentation)
unsafe impl<S: Source> Sync for Classes<S> {}

/// The class of a block of `size` bytes: the least `c` with `2^c >= size`, at least [`MIN_CLASS`].
#[inline]
fn class_of(size: usize) -> u32 {
    if size <= ALIGN {
        MIN_CLASS
    } else {
        usize::BITS - (size - 1).leading_zeros()
    }
}

impl<S: Source> Classes<S> {
    pub(crate) const fn new() -> Self {
        Classes {
            top: Cell::new(0),
            end: Cell::new(0),
            free: [const { Cell::new(0) }; CLASSES],
            _source: core::marker::PhantomData,
        }
    }

    /// A fresh block of `bytes` at the top, aligned to `align` (at least [`ALIGN`]).
    #[inline(never)]
    fn carve(&self, bytes: usize, align: usize) -> *mut u8 {
        if self.end.get() == 0 {
            let (start, end) = S::init();
            self.top.set((start + ALIGN - 1) & !(ALIGN - 1));
            self.end.set(end);
        }
        let at = (self.top.get() + align - 1) & !(align - 1);
        let Some(new_top) = at.checked_add(bytes) else { return core::ptr::null_mut() };
        if new_top > self.end.get() {
            match S::grow(self.end.get(), new_top - self.end.get()) {
                Some(end) => self.end.set(end),
                None => return core::ptr::null_mut(),
            }
        }
        self.top.set(new_top);
        at as *mut u8
    }
}

unsafe impl<S: Source> GlobalAlloc for Classes<S> {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let c = class_of(layout.size());
        if c as usize >= CLASSES {
            return core::ptr::null_mut();
        }
        if layout.align() <= ALIGN {
            let slot = &self.free[c as usize];
            let head = slot.get();
            if head != 0 {
                slot.set(unsafe { *(head as *const usize) });
                return head as *mut u8;
            }
            self.carve(1 << c, ALIGN)
        } else {
            self.carve((1usize << c).max(layout.align()), layout.align())
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let c = class_of(layout.size());
        // a block of the top of the heap goes back to the top, where a later one of any class
        // may take its room (a buffer that grows, then goes, leaves no hole behind it)
        if ptr as usize + (1 << c) == self.top.get() {
            self.top.set(ptr as usize);
            return;
        }
        let slot = &self.free[c as usize];
        unsafe { *(ptr as *mut usize) = slot.get() };
        slot.set(ptr as usize);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let (old, new) = (class_of(layout.size()), class_of(new_size));
        if old == new {
            return ptr;
        }
        // the block at the top of the heap grows (or shrinks) where it is
        if ptr as usize + (1 << old) == self.top.get() && (new as usize) < CLASSES {
            let new_top = ptr as usize + (1 << new);
            if new_top <= self.end.get() || S::grow(self.end.get(), new_top - self.end.get()).map(|e| self.end.set(e)).is_some() {
                self.top.set(new_top);
                return ptr;
            }
        }
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        let p = unsafe { self.alloc(new_layout) };
        if !p.is_null() {
            unsafe {
                core::ptr::copy_nonoverlapping(ptr, p, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        p
    }
}

/// The wasm memory: the heap starts where the memory ends at the first allocation and grows
/// with `memory.grow`, by at least a quarter of what it holds (fewer, larger steps).
#[cfg(target_arch = "wasm32")]
pub(crate) struct WasmMemory;

#[cfg(target_arch = "wasm32")]
impl Source for WasmMemory {
    fn init() -> (usize, usize) {
        let end = core::arch::wasm32::memory_size(0) << 16;
        (end, end)
    }
    fn grow(end: usize, bytes: usize) -> Option<usize> {
        let pages = bytes.div_ceil(1 << 16).max((end >> 16) / 4).max(16);
        if core::arch::wasm32::memory_grow(0, pages) == usize::MAX {
            // (near the memory's limit: only what is needed)
            let pages = bytes.div_ceil(1 << 16);
            if core::arch::wasm32::memory_grow(0, pages) == usize::MAX {
                return None;
            }
            return Some(end + (pages << 16));
        }
        Some(end + (pages << 16))
    }
}
