module github.com/veracity-dev/veracity/sdks/go

go 1.23

require (
)
