/* parkclean._speedups: per-character work of parkclean in C, each function a drop-in for Python code.
 *
 * scan: the per-line signals of features.py in one pass over each line.
 *
 * features.compute() is the reference: it reads a line through ~20 str.count calls, and at
 * tens of lines per page that was the largest stage of clean(). This module computes the same
 * counts in one pass per line. Only the counts that need a regex (URLs, phone numbers) are
 * left to Python, for the few lines that can have them; the test suite checks that both paths
 * give identical Features on every corpus line and on random text.
 *
 * The module is optional: parkclean runs the pure-Python path when it is not built.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Field order of parkclean.features.Features. */
enum { F_CHARS, F_WIDE, F_PUNCT, F_STOPS, F_END_PUNCT, F_DIGITS, F_URLS, F_PHONES, F_ELLIPSIS_END,
       F_SEPARATORS, F_CJK_SPACES, F_COUNT };

static int is_cjk(Py_UCS4 c) { return c >= 0x4e00 && c <= 0x9fff; }

/* text.endswith(tuple("。！？!?…”」』）)；;\"'.")) */
static int end_punct(Py_UCS4 c) {
    switch (c) {
    case 0x3002: case 0xff01: case 0xff1f: case '!': case '?': case 0x2026: case 0x201d: case 0x300d:
    case 0x300f: case 0xff09: case ')': case 0xff1b: case ';': case '"': case '\'': case '.':
        return 1;
    default:
        return 0;
    }
}

static int is_excl(Py_UCS4 c) { return c == 0xff01 || c == 0xff1f || c == '!' || c == '?'; }

/* text.endswith(("...", "…", "。。。", "...」", "…”")) */
static int ellipsis_end(int kind, const void *d, Py_ssize_t n) {
#define AT(i) PyUnicode_READ(kind, d, (i))
    if (n >= 1 && AT(n - 1) == 0x2026) return 1;
    if (n >= 2 && AT(n - 1) == 0x201d && AT(n - 2) == 0x2026) return 1;
    if (n >= 3 && AT(n - 1) == '.' && AT(n - 2) == '.' && AT(n - 3) == '.') return 1;
    if (n >= 3 && AT(n - 1) == 0x3002 && AT(n - 2) == 0x3002 && AT(n - 3) == 0x3002) return 1;
    if (n >= 4 && AT(n - 1) == 0x300d && AT(n - 2) == '.' && AT(n - 3) == '.' && AT(n - 4) == '.') return 1;
    return 0;
#undef AT
}

/* Fill vals[] for one line; *needs_python is set when URL or phone counts must be computed. */
static void scan_line(PyObject *s, Py_ssize_t vals[F_COUNT], int *needs_python) {
    int kind = PyUnicode_KIND(s);
    const void *d = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    Py_ssize_t spaces = 0, extra = 0, digits = 0, excl = 0, stops = 0, punct = 0, commas = 0, num_commas = 0;
    Py_ssize_t seps = 0, cjk_spaces = 0, slash_free = 0;
    int maybe_url = 0;
    Py_ssize_t run = 0, max_run = 0; /* decimal digits in a row */
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, d, i);
        if ((c >= '0' && c <= '9') || (c >= 0x80 && Py_UNICODE_ISDECIMAL(c))) {
            if (++run > max_run) max_run = run;
        } else {
            run = 0;
        }
        if (c < 0x80) {
            switch (c) {
            case ' ':
                spaces++;
                if (i > 0 && i + 1 < n && is_cjk(PyUnicode_READ(kind, d, i - 1)) && is_cjk(PyUnicode_READ(kind, d, i + 1)))
                    cjk_spaces++;
                /* " / " counted without overlap, as str.count does */
                if (i >= slash_free && i + 2 < n && PyUnicode_READ(kind, d, i + 1) == '/'
                    && PyUnicode_READ(kind, d, i + 2) == ' ') {
                    seps++;
                    slash_free = i + 3;
                }
                break;
            case '\t': spaces++; break;
            case ';': punct++; break;
            case '!': case '?': excl++; break;
            case ',':
                commas++;
                if (i + 1 < n && Py_UNICODE_ISDECIMAL(PyUnicode_READ(kind, d, i + 1))) num_commas++;
                break;
            case '|': case '>': seps++; break;
            case 'h':
                if (i + 3 < n && PyUnicode_READ(kind, d, i + 1) == 't' && PyUnicode_READ(kind, d, i + 2) == 't'
                    && PyUnicode_READ(kind, d, i + 3) == 'p') maybe_url = 1;
                break;
            case 'w':
                if (i + 3 < n && PyUnicode_READ(kind, d, i + 1) == 'w' && PyUnicode_READ(kind, d, i + 2) == 'w'
                    && PyUnicode_READ(kind, d, i + 3) == '.') maybe_url = 1;
                break;
            default:
                if (c >= '0' && c <= '9') digits++;
            }
            continue;
        }
        extra += c < 0x800 ? 1 : (c < 0x10000 ? 2 : 3);
        switch (c) {
        case 0x3002: stops++; punct++; break;                      /* 。 */
        case 0xff0c: case 0xff1b: case 0x3001: case 0xff1a: punct++; break;  /* ，；、： */
        case 0xff01: case 0xff1f: excl++; break;                   /* ！？ */
        case 0xbb: case 0x203a: case 0xff5c: case 0xb7: seps++; break;  /* » › ｜ · */
        default:
            if (Py_UNICODE_ISDECIMAL(c)) digits++;
        }
    }
    Py_ssize_t chars = n - spaces;
    if (excl && chars >= 30)
        stops += excl - ((n && is_excl(PyUnicode_READ(kind, d, n - 1))) ? 1 : 0);
    punct += excl + commas - num_commas;
    vals[F_CHARS] = chars;
    vals[F_WIDE] = extra / 2;
    vals[F_PUNCT] = punct;
    vals[F_STOPS] = stops;
    vals[F_END_PUNCT] = n && end_punct(PyUnicode_READ(kind, d, n - 1));
    vals[F_DIGITS] = digits;
    vals[F_URLS] = 0;
    vals[F_PHONES] = 0;
    vals[F_ELLIPSIS_END] = ellipsis_end(kind, d, n);
    vals[F_SEPARATORS] = seps;
    vals[F_CJK_SPACES] = cjk_spaces;
    /* every phone pattern of features._PHONE holds 7+ digits, 3 or more of them in a row */
    *needs_python = maybe_url || (digits >= 7 && max_run >= 3);
}

static PyObject *make(PyTypeObject *type, const Py_ssize_t vals[F_COUNT]) {
    PyObject *t = type->tp_alloc(type, F_COUNT);
    if (t == NULL) return NULL;
    for (int k = 0; k < F_COUNT; k++) {
        PyObject *v;
        if (k == F_END_PUNCT || k == F_ELLIPSIS_END) {
            v = vals[k] ? Py_True : Py_False;
            Py_INCREF(v);
        } else {
            v = PyLong_FromSsize_t(vals[k]);
            if (v == NULL) { Py_DECREF(t); return NULL; }
        }
        PyTuple_SET_ITEM(t, k, v);
    }
    return t;
}

PyDoc_STRVAR(scan_doc,
"scan(lines, features_type) -> (features, todo)\n\n"
"Features of each line (a tuple subclass with the 11 fields of parkclean.features.Features),\n"
"with urls and phones left at 0; todo lists the indices of the lines that may hold a URL\n"
"(\"http\" or \"www.\") or a phone number (7+ digits, 3 or more of them in a row), whose counts\n"
"Python must still compute.");

static PyObject *scan(PyObject *self, PyObject *args) {
    PyObject *lines;
    PyTypeObject *type;
    if (!PyArg_ParseTuple(args, "O!O!:scan", &PyList_Type, &lines, &PyType_Type, &type)) return NULL;
    if (!PyType_IsSubtype(type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "features_type must be a tuple subclass");
        return NULL;
    }
    Py_ssize_t count = PyList_GET_SIZE(lines);
    PyObject *out = PyList_New(count);
    PyObject *todo = PyList_New(0);
    if (out == NULL || todo == NULL) goto fail;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *s = PyList_GET_ITEM(lines, i);
        if (!PyUnicode_Check(s)) {
            PyErr_SetString(PyExc_TypeError, "lines must be str");
            goto fail;
        }
        Py_ssize_t vals[F_COUNT];
        int needs_python = 0;
        scan_line(s, vals, &needs_python);
        PyObject *f = make(type, vals);
        if (f == NULL) goto fail;
        PyList_SET_ITEM(out, i, f);
        if (needs_python) {
            PyObject *idx = PyLong_FromSsize_t(i);
            if (idx == NULL || PyList_Append(todo, idx) < 0) { Py_XDECREF(idx); goto fail; }
            Py_DECREF(idx);
        }
    }
    return Py_BuildValue("(NN)", out, todo);
fail:
    Py_XDECREF(out);
    Py_XDECREF(todo);
    return NULL;
}

/* ---- segmentation: the non-empty lines of a page -------------------------------------------- */

/* the indent characters of segment._SPACES: " \t\u3000\u00a0\u2002\u2003\u200b\ufeff" */
static int indent_char(Py_UCS4 c) {
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0xa0 || c == 0x2002 || c == 0x2003 || c == 0x200b || c == 0xfeff;
}

PyDoc_STRVAR(split_rows_doc,
"split_rows(text, row_type) -> list\n\n"
"One row per non-empty line, as segment.split_rows() builds them: row_type(number, number,\n"
"line without trailing white space, line stripped, indent width, blank line before).\n"
"\\r\\n and \\r end lines too.");

static PyObject *split_rows(PyObject *self, PyObject *args) {
    PyObject *s;
    PyTypeObject *type;
    if (!PyArg_ParseTuple(args, "UO!:split_rows", &s, &PyType_Type, &type)) return NULL;
    if (!PyType_IsSubtype(type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "row_type must be a tuple subclass");
        return NULL;
    }
    int kind = PyUnicode_KIND(s);
    const void *d = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    Py_ssize_t pos = 0, lineno = 0;
    int blank = 0;
    while (pos <= n) {
        Py_ssize_t start = pos, end = pos;
        while (end < n) {
            Py_UCS4 c = PyUnicode_READ(kind, d, end);
            if (c == '\n' || c == '\r') break;
            end++;
        }
        lineno++;
        /* next line: after \n, \r or \r\n */
        Py_ssize_t next = end + 1;
        if (end < n && PyUnicode_READ(kind, d, end) == '\r' && end + 1 < n && PyUnicode_READ(kind, d, end + 1) == '\n')
            next = end + 2;
        Py_ssize_t rend = end;  /* line.rstrip() */
        while (rend > start && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, d, rend - 1))) rend--;
        Py_ssize_t lstart = start;  /* .lstrip(_SPACES) */
        while (lstart < rend && indent_char(PyUnicode_READ(kind, d, lstart))) lstart++;
        if (lstart == rend) {
            blank = 1;
        } else {
            Py_ssize_t sstart = start;  /* .strip() */
            while (sstart < rend && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, d, sstart))) sstart++;
            PyObject *body = PyUnicode_Substring(s, start, rend);
            PyObject *text = body ? PyUnicode_Substring(s, sstart, rend) : NULL;
            PyObject *row = text ? type->tp_alloc(type, 6) : NULL;
            if (row == NULL) {
                Py_XDECREF(body);
                Py_XDECREF(text);
                Py_DECREF(out);
                return NULL;
            }
            PyTuple_SET_ITEM(row, 0, PyLong_FromSsize_t(lineno));
            PyTuple_SET_ITEM(row, 1, PyLong_FromSsize_t(lineno));
            PyTuple_SET_ITEM(row, 2, body);
            PyTuple_SET_ITEM(row, 3, text);
            PyTuple_SET_ITEM(row, 4, PyLong_FromSsize_t(lstart - start));
            PyTuple_SET_ITEM(row, 5, PyBool_FromLong(blank));
            if (PyTuple_GET_ITEM(row, 0) == NULL || PyTuple_GET_ITEM(row, 1) == NULL || PyTuple_GET_ITEM(row, 4) == NULL
                || PyList_Append(out, row) < 0) {
                Py_DECREF(row);
                Py_DECREF(out);
                return NULL;
            }
            Py_DECREF(row);
            blank = 0;
        }
        if (end >= n) break;
        pos = next;
    }
    return out;
}

/* ---- character sets: a bitmap over code points (bit c of byte c >> 3) ---------------------- */

static int in_bitmap(Py_UCS4 c, const unsigned char *bits, Py_ssize_t nbytes) {
    Py_ssize_t byte = (Py_ssize_t)(c >> 3);
    return byte < nbytes && (bits[byte] >> (c & 7)) & 1;
}

PyDoc_STRVAR(count_in_doc,
"count_in(text, bitmap) -> int\n\n"
"How many characters of text are in the set given as a bitmap (bit c of byte c // 8).");

static PyObject *count_in(PyObject *self, PyObject *args) {
    PyObject *s;
    Py_buffer bits;
    if (!PyArg_ParseTuple(args, "Uy*:count_in", &s, &bits)) return NULL;
    int kind = PyUnicode_KIND(s);
    const void *d = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s), count = 0;
    const unsigned char *b = bits.buf;
    for (Py_ssize_t i = 0; i < n; i++)
        count += in_bitmap(PyUnicode_READ(kind, d, i), b, bits.len);
    PyBuffer_Release(&bits);
    return PyLong_FromSsize_t(count);
}

PyDoc_STRVAR(distinct_in_doc,
"distinct_in(text, bitmap) -> str\n\n"
"The distinct characters of text that are in the set (bitmap as for count_in), in the order\n"
"they first occur.");

static PyObject *distinct_in(PyObject *self, PyObject *args) {
    PyObject *s;
    Py_buffer bits;
    if (!PyArg_ParseTuple(args, "Uy*:distinct_in", &s, &bits)) return NULL;
    int kind = PyUnicode_KIND(s);
    const void *d = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s), found = 0;
    const unsigned char *b = bits.buf;
    Py_UCS4 out[64];
    for (Py_ssize_t i = 0; i < n && found < 64; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, d, i);
        if (!in_bitmap(c, b, bits.len)) continue;
        int seen = 0;
        for (Py_ssize_t k = 0; k < found && !seen; k++) seen = out[k] == c;
        if (!seen) out[found++] = c;
    }
    PyBuffer_Release(&bits);
    if (found == 64) {  /* many kinds of evidence: the caller's regex path collects them all */
        Py_RETURN_NONE;
    }
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, found);
}

/* ---- normalization ----------------------------------------------------------------------- */

/* normalize/steps.py _CJK: \u3400-\u9fff \u3001-\u303f \uff01-\uff60 “ ” ‘ ’ */
static int cjk_context(Py_UCS4 c) {
    return (c >= 0x3400 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff60)
        || c == 0x201c || c == 0x201d || c == 0x2018 || c == 0x2019;
}

PyDoc_STRVAR(punct_fullwidth_doc,
"punct_fullwidth(text) -> (text, count)\n\n"
"steps.fix_punct_fullwidth: ASCII , ; : ? ! touching a CJK character become full-width, one\n"
"pass per mark in that order, each judged on the text as the pass found it.");

static PyObject *punct_fullwidth(PyObject *self, PyObject *args) {
    PyObject *s;
    if (!PyArg_ParseTuple(args, "U:punct_fullwidth", &s)) return NULL;
    static const Py_UCS4 ascii[5] = {',', ';', ':', '?', '!'};
    static const Py_UCS4 wide[5] = {0xff0c, 0xff1b, 0xff1a, 0xff1f, 0xff01};
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    int kind = PyUnicode_KIND(s);
    const void *d = PyUnicode_DATA(s);
    int any = 0;
    for (Py_ssize_t i = 0; i < n && !any; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, d, i);
        any = c == ',' || c == ';' || c == ':' || c == '?' || c == '!';
    }
    if (!any) return Py_BuildValue("(On)", s, (Py_ssize_t)0);
    Py_UCS4 *buf = PyUnicode_AsUCS4Copy(s);
    if (buf == NULL) return NULL;
    char *hit = PyMem_Malloc(n ? (size_t)n : 1);
    if (hit == NULL) { PyMem_Free(buf); return PyErr_NoMemory(); }
    Py_ssize_t total = 0;
    for (int k = 0; k < 5; k++) {
        Py_UCS4 c = ascii[k];
        Py_ssize_t found = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            hit[i] = 0;
            if (buf[i] != c) continue;
            Py_UCS4 next = i + 1 < n ? buf[i + 1] : 0;
            int after_cjk = i > 0 && cjk_context(buf[i - 1]) && !(i + 1 < n && ((next >= '0' && next <= '9') || next == '/'));
            if (after_cjk || (i + 1 < n && cjk_context(next))) { hit[i] = 1; found++; }
        }
        if (found) {
            for (Py_ssize_t i = 0; i < n; i++)
                if (hit[i]) buf[i] = wide[k];
            total += found;
        }
    }
    PyMem_Free(hit);
    PyObject *out = total ? PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, n) : (Py_INCREF(s), s);
    PyMem_Free(buf);
    if (out == NULL) return NULL;
    return Py_BuildValue("(Nn)", out, total);
}

PyDoc_STRVAR(changed_lines_doc,
"changed_lines(old, new, limit) -> list of (index, old_line, new_line)\n\n"
"The first `limit` lines (split on \\n) that differ between two texts, read from the top.");

static PyObject *changed_lines(PyObject *self, PyObject *args) {
    PyObject *a, *b;
    Py_ssize_t limit;
    if (!PyArg_ParseTuple(args, "UUn:changed_lines", &a, &b, &limit)) return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    int ka = PyUnicode_KIND(a), kb = PyUnicode_KIND(b);
    const void *da = PyUnicode_DATA(a), *db = PyUnicode_DATA(b);
    Py_ssize_t na = PyUnicode_GET_LENGTH(a), nb = PyUnicode_GET_LENGTH(b);
    Py_ssize_t i = 0, j = 0, index = 0;
    while (PyList_GET_SIZE(out) < limit && (i <= na && j <= nb)) {
        Py_ssize_t ie = i, je = j;
        while (ie < na && PyUnicode_READ(ka, da, ie) != '\n') ie++;
        while (je < nb && PyUnicode_READ(kb, db, je) != '\n') je++;
        int same = ie - i == je - j;
        for (Py_ssize_t k = 0; same && k < ie - i; k++)
            same = PyUnicode_READ(ka, da, i + k) == PyUnicode_READ(kb, db, j + k);
        if (!same) {
            PyObject *item = Py_BuildValue("(nNN)", index, PyUnicode_Substring(a, i, ie), PyUnicode_Substring(b, j, je));
            if (item == NULL || PyList_Append(out, item) < 0) { Py_XDECREF(item); Py_DECREF(out); return NULL; }
            Py_DECREF(item);
        }
        if (ie >= na || je >= nb) break;
        i = ie + 1; j = je + 1; index++;
    }
    return out;
}

/* ---- the pipeline's Block and Classified objects, one pair per row ---------------------------- */

static PyMethodDef methods[] = {
    {"punct_fullwidth", punct_fullwidth, METH_VARARGS, punct_fullwidth_doc},
    {"changed_lines", changed_lines, METH_VARARGS, changed_lines_doc},
    {"scan", scan, METH_VARARGS, scan_doc},
    {"count_in", count_in, METH_VARARGS, count_in_doc},
    {"split_rows", split_rows, METH_VARARGS, split_rows_doc},
    {"distinct_in", distinct_in, METH_VARARGS, distinct_in_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "parkclean._speedups",
    "Optional C speedups for parkclean (the pure-Python path gives identical results).", -1, methods,
};

PyMODINIT_FUNC PyInit__speedups(void) { return PyModule_Create(&module); }
