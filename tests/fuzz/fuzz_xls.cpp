// Legacy .xls workbooks (BIFF in an OLE2 compound file, read through libfreexl): the spreadsheet
// target restricted to OLE2 inputs. Not run by CI while libfreexl 1.0.6 crashes on damaged files
// (see fuzz_spreadsheet.cpp and tests/fuzz/known-crashes/fuzz_xls/).
#define TL_FUZZ_XLS 1
#include "fuzz_spreadsheet.cpp"
