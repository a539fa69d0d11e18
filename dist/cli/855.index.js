export const id = 855;
export const ids = [855];
export const modules = {

/***/ 3817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createHandler: () => (/* binding */ createHandler),
/* harmony export */   task: () => (/* binding */ task)
/* harmony export */ });
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(395);

/** The secrets check's worker task: scans a batch of text files with the same code as the serial path. */
const task = {
    async createHandler(init) {
        const scanners = (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_0__/* .secretScanners */ .sW)(init.includePersonalData);
        const now = new Date(init.nowMs);
        return async (jobs) => {
            const results = [];
            for (const job of jobs) {
                const scan = await (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_0__/* .scanTextFile */ .xY)(scanners, job, init.policy, now);
                results.push({ ...scan, hits: scan.hits.map(_scan_file_js__WEBPACK_IMPORTED_MODULE_0__/* .toWire */ .BW) });
            }
            return results;
        };
    },
};
const createHandler = task.createHandler;


/***/ }),

/***/ 1543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   ay: () => (/* binding */ readOpened)
/* harmony export */ });
/* unused harmony export formatSize */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


// O_NONBLOCK: opening a FIFO without a writer returns at once instead of hanging the event loop.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
const FIRST_CHUNK = 64 * 1024;
function openRegularFile(path, options = {}) {
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch (error) {
        return fromErrno(error);
    }
    if (options.root !== undefined && leavesWorkspace(path, real, options.root)) {
        return { ok: false, reason: 'outside-workspace', detail: 'is a symbolic link to a place outside the workspace; not followed' };
    }
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, OPEN_FLAGS);
    }
    catch (error) {
        return fromErrno(error);
    }
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        return fromErrno(error);
    }
    const refused = refuse(info, options.maxBytes);
    if (refused) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        return refused;
    }
    return { ok: true, fd, size: info.size };
}
/** Reads a regular file whole, up to maxBytes (see the module comment for what is refused). */
function readBounded(path, options) {
    const opened = openRegularFile(path, options);
    if (!opened.ok)
        return opened;
    try {
        return readOpened(opened.fd, opened.size, options.maxBytes);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(opened.fd);
    }
}
/** Reads an open descriptor to its end or one byte past maxBytes, whichever comes first. */
function readOpened(fd, sizeHint, maxBytes) {
    const limit = maxBytes + 1;
    let buf = Buffer.allocUnsafe(Math.min(limit, Math.max(sizeHint + 1, FIRST_CHUNK)));
    let length = 0;
    try {
        for (;;) {
            if (length === buf.length) {
                if (buf.length >= limit)
                    break;
                const grown = Buffer.allocUnsafe(Math.min(limit, buf.length * 2));
                buf.copy(grown, 0, 0, length);
                buf = grown;
            }
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, length, buf.length - length, null);
            if (n === 0)
                break;
            length += n;
        }
    }
    catch (error) {
        return fromErrno(error);
    }
    // No size: the file held more than fstat said (a /proc file, a file still growing).
    if (length > maxBytes)
        return { ok: false, reason: 'too-large', detail: `is over ${formatSize(maxBytes)}; skipped` };
    return { ok: true, bytes: buf.subarray(0, length) };
}
function refuse(info, maxBytes) {
    if (info.isDirectory())
        return { ok: false, reason: 'directory', detail: 'is a directory' };
    if (!info.isFile())
        return { ok: false, reason: 'not-regular', detail: `is ${kindOf(info)}, not a regular file; skipped` };
    if (maxBytes !== undefined && info.size > maxBytes) {
        return { ok: false, reason: 'too-large', detail: `is ${formatSize(info.size)}, over ${formatSize(maxBytes)}; skipped`, size: info.size };
    }
    return undefined;
}
function kindOf(info) {
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    return 'not a regular file';
}
const realRoots = new Map();
/** A path written inside the workspace whose real location is outside it. */
function leavesWorkspace(path, real, root) {
    const absoluteRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    if (!within(absoluteRoot, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path)))
        return false; // named outside on purpose: read where it is
    let realRoot = realRoots.get(absoluteRoot);
    if (realRoot === undefined) {
        try {
            realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absoluteRoot);
        }
        catch {
            realRoot = absoluteRoot;
        }
        realRoots.set(absoluteRoot, realRoot);
    }
    return !within(realRoot, real);
}
function within(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
function fromErrno(error) {
    const code = error.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return { ok: false, reason: 'missing', detail: 'does not exist' };
    if (code === 'ELOOP')
        return { ok: false, reason: 'unreadable', detail: 'is a loop of symbolic links' };
    if (code === 'EISDIR')
        return { ok: false, reason: 'directory', detail: 'is a directory' };
    return { ok: false, reason: 'unreadable', detail: `cannot be read (${code ?? error.message})` };
}
function formatSize(bytes) {
    if (bytes >= 1024 * 1024)
        return `${Number((bytes / 1024 / 1024).toFixed(1))} MiB`;
    if (bytes >= 1024)
        return `${Number((bytes / 1024).toFixed(1))} KiB`;
    return `${bytes} bytes`;
}


/***/ })

};
