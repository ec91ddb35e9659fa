module github.com/GIT_USER_ID/GIT_REPO_ID/veracity

go 1.23

require (
)
