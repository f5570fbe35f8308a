/* Sv48 paging; the body is shared with Sv39. */
#define LEVELS 4
#include "paging.inc"
