/* Sv39 paging; the body is shared with Sv48. */
#define LEVELS 3
#include "paging.inc"
