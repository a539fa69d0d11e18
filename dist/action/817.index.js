export const id = 817;
export const ids = [817];
export const modules = {

/***/ 83817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createHandler: () => (/* binding */ createHandler),
/* harmony export */   task: () => (/* binding */ task)
/* harmony export */ });
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30395);

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


/***/ })

};
