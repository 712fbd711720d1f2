# docker run/create options the course meets and their errors: env (-e, --env-file), limits (--memory,
# --cpus, --pids-limit), restart policies, workdir, user, entrypoint, labels, read-only, tmpfs, logs
# with timestamps and tails, top with ps options.
docker run --rm -e A=1 -e B busybox sh -c 'echo "A=$A B=${B-unset}"'
B=from-host docker run --rm -e B busybox sh -c 'echo "B=$B"'
printf 'X=1\n# comment\nY=two words\n' > /tmp/g-envfile
docker run --rm --env-file /tmp/g-envfile busybox sh -c 'echo "$X|$Y"'
docker run --rm --env-file /tmp/g-nothere busybox true
echo $?
rm -f /tmp/g-envfile
docker run --rm --memory 1k busybox true
echo $?
docker run --rm --memory 64x busybox true
docker run --rm --cpus 99 busybox true
docker run --rm --cpus abc busybox true
docker run -d --name g-ro-lim --memory 32m --cpus 0.5 --pids-limit 20 busybox sleep 1000
docker inspect -f '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}} {{.HostConfig.PidsLimit}}' g-ro-lim
docker run --rm --restart always busybox true
docker run -d --restart bogus busybox true
docker run -d --restart on-failure:x busybox true
docker run --rm -w /new/dir busybox pwd
docker run --rm -w relative busybox pwd
docker run --rm -u nobody busybox id
docker run --rm -u 1000:1000 busybox sh -c 'id -u; id -g'
docker run --rm --entrypoint '' busybox echo no entrypoint
docker run --rm --entrypoint /bin/nothere busybox
echo $?
docker run --rm --read-only busybox sh -c 'touch /x'
echo $?
docker run --rm --read-only --tmpfs /tmp busybox sh -c 'touch /tmp/x && echo tmp ok'
docker run --rm --label a=1 --label b busybox true
docker run -d --name g-ro-log busybox sh -c 'echo one; echo two; echo three; sleep 1000'
sleep 1
docker logs --tail 1 g-ro-log
docker logs --tail all g-ro-log | wc -l
docker logs -t g-ro-log | head -1 | cut -c5,8,11,14,17,20,30-
docker logs --since 1h g-ro-log | wc -l
docker logs --until 2000-01-01 g-ro-log | wc -l
docker logs --since bogus g-ro-log
docker top g-ro-log -o pid,comm | head -1
docker top g-ro-log -eo comm | tail -n +2 | sort
docker rm -f g-ro-lim g-ro-log
