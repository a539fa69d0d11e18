export const id = 109;
export const ids = [109];
export const modules = {

/***/ 7109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeTraceFindings: () => (/* binding */ mergeTraceFindings)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4715);


/**
 * Adds the trace's findings to the static ones. A trace finding on the line of a static finding about
 * the same hazard (at least as severe, and not turned off) becomes evidence in that finding's message
 * rather than a second finding.
 */
function mergeTraceFindings(staticFindings, traced, turnedOff) {
    const out = staticFindings.map((f) => ({ ...f }));
    const onLine = new Map();
    for (const f of out) {
        if (!f.file || f.line === undefined)
            continue;
        const key = `${f.file}:${f.line}`;
        onLine.set(key, [...(onLine.get(key) ?? []), f]);
    }
    for (const t of traced) {
        const candidates = onLine.get(`${t.file}:${t.line}`) ?? [];
        const host = (_rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SAME_HAZARD */ .SK[t.ruleId] ?? [])
            .map((id) => candidates.find((f) => f.ruleId === id && !turnedOff(id) && _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f[f.severity] <= _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f[t.severity]))
            .find(Boolean);
        if (host)
            host.message = `${host.message.replace(/\.?$/, '.')} Trace (${t.ruleId}): ${t.message}.`;
        else
            out.push(t);
    }
    return out;
}


/***/ })

};
