# Logs and exec: stdout and stderr kept apart, --tail, exec options and exit codes.
docker run --name g-log busybox sh -c 'echo out1; echo err1 >&2; echo out2; echo err2 >&2; echo out3'
docker logs g-log
docker logs --tail 1 g-log
docker logs --tail 2 g-log
docker logs --tail 0 g-log
docker logs -n 1 g-log
docker logs g-nolog
echo $?
docker container logs g-log 2>/dev/null
docker rm g-log
docker run -d --name g-ex busybox sleep 1000
docker exec g-ex echo hello
docker exec g-ex sh -c 'echo $HOME; pwd; id -u'
docker exec -w /tmp g-ex pwd
docker exec -e FOO=bar g-ex sh -c 'echo $FOO'
docker exec -u 1000 g-ex id -u
docker exec g-ex sh -c 'exit 7'
echo $?
docker exec g-ex nosuchcmd
echo $?
docker exec g-ex /etc
echo $?
docker exec g-ex ls /nonexistent
echo $?
docker exec g-ex sh -c 'echo data > /tmp/f; cat /tmp/f'
docker exec g-ex cat /tmp/f
docker exec g-ex sh -c 'echo to-stderr >&2'
docker exec -d g-ex sleep 50
docker exec g-nothere true
echo $?
docker exec g-ex
echo $?
docker exec g-ex env | sort
docker exec g-ex hostname | wc -c
docker stop -t 0 g-ex
docker exec g-ex true
echo $?
docker rm g-ex
docker run --rm -e A=1 -e B=two busybox sh -c 'echo $A $B'
docker run --rm -w /bin busybox pwd
docker run --rm --entrypoint echo busybox via entrypoint
docker run --rm -u 1234:5678 busybox id
docker run --rm --hostname g-host busybox hostname
docker run --rm busybox sh -c 'for i in 1 2 3; do echo line $i; done'
docker run --rm busybox env | sort
