//go:build !unix

package cancelio

// unblockFIFO cannot release a blocked open here: it is left to the
// exiting process.
func unblockFIFO(string) func() { return nil }
