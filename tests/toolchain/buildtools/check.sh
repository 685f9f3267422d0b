#!/bin/sh
# A test script: runs on the build machine.
echo "check.sh ran natively"
exit 0
