/* Wine 8.0 has no icuuc.dll (Windows 10's system ICU); Qt 6.11's Qt6Core.dll imports
   these 20 converter functions from it. Test prefix only, never shipped: every
   converter is reported unavailable, which Qt handles (UTF-8/16/32 and Latin-1 are
   its own). From ../shared/research/windows-under-wine.md, Appendix B. */
#include <stddef.h>
#include <stdint.h>
typedef int UErrorCode; typedef uint16_t UChar; typedef int8_t UBool;
#define U_FILE_ACCESS_ERROR 4
#define U_UNSUPPORTED_ERROR 16
#define EXPORT __declspec(dllexport)
static void fail(UErrorCode *e) { if (e && *e <= 0) *e = U_UNSUPPORTED_ERROR; }
EXPORT void *ucnv_open(const char *name, UErrorCode *e) { (void)name; if (e && *e <= 0) *e = U_FILE_ACCESS_ERROR; return NULL; }
EXPORT void ucnv_close(void *c) { (void)c; }
EXPORT void ucnv_reset(void *c) { (void)c; }
EXPORT int8_t ucnv_getMaxCharSize(const void *c) { (void)c; return 4; }
EXPORT const char *ucnv_getName(const void *c, UErrorCode *e) { (void)c; fail(e); return NULL; }
EXPORT void ucnv_getToUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
EXPORT void ucnv_getFromUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
EXPORT void ucnv_setToUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *e) { (void)c;(void)n;(void)nc;(void)o;(void)oc; fail(e); }
EXPORT void ucnv_setFromUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *e) { (void)c;(void)n;(void)nc;(void)o;(void)oc; fail(e); }
EXPORT void ucnv_cbToUWriteUChars(void *a, const UChar *s, int32_t l, int32_t o, UErrorCode *e) { (void)a;(void)s;(void)l;(void)o; fail(e); }
EXPORT void ucnv_cbFromUWriteUChars(void *a, const UChar **s, const UChar *sl, int32_t o, UErrorCode *e) { (void)a;(void)s;(void)sl;(void)o; fail(e); }
EXPORT void ucnv_toUnicode(void *c, UChar **t, const UChar *tl, const char **s, const char *sl, int32_t *o, UBool f, UErrorCode *e) { (void)c;(void)t;(void)tl;(void)s;(void)sl;(void)o;(void)f; fail(e); }
EXPORT void ucnv_fromUnicode(void *c, char **t, const char *tl, const UChar **s, const UChar *sl, int32_t *o, UBool f, UErrorCode *e) { (void)c;(void)t;(void)tl;(void)s;(void)sl;(void)o;(void)f; fail(e); }
EXPORT int32_t ucnv_toUCountPending(const void *c, UErrorCode *e) { (void)c; fail(e); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *c, UErrorCode *e) { (void)c; fail(e); return 0; }
EXPORT const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *e) { (void)n;(void)s; fail(e); return NULL; }
EXPORT const char *ucnv_getAvailableName(int32_t i) { (void)i; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *a, void *b, const UChar *c, int32_t d, int32_t f, int r, UErrorCode *e) { (void)a;(void)b;(void)c;(void)d;(void)f;(void)r;(void)e; }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *a, void *b, const char *c, int32_t d, int r, UErrorCode *e) { (void)a;(void)b;(void)c;(void)d;(void)r;(void)e; }
