# The course's container workflows (lessons 02, 04, 07, 08, 11): rename, commit with changes, kill
# with a signal, restart, start -a, wait, diff, exec with env and user, rm -f of several, prune by label.
docker run -d --name g-crs-a --label g-crs=1 busybox sh -c 'trap "echo got TERM; exit 143" TERM; while true; do sleep 1; done'
docker rename g-crs-a g-crs-b
docker rename g-crs-b g-crs-b
docker rename g-crs-nothere g-crs-x
docker rename g-crs-b
docker ps --filter name=g-crs- --format '{{.Names}}'
docker exec -e WHO=student -u 1000 g-crs-b sh -c 'echo $WHO $(id -u)'
docker exec g-crs-b sh -c 'mkdir -p /srv/app && echo v1 > /srv/app/version'
docker diff g-crs-b
docker commit -m 'add version' -c 'ENV APP=demo' -c 'CMD ["cat", "/srv/app/version"]' g-crs-b g-crs-img:1 | wc -c
docker image inspect -f '{{.Comment}} {{.Config.Cmd}} {{index .Config.Env 1}}' g-crs-img:1
docker run --rm g-crs-img:1
docker run --rm g-crs-img:1 sh -c 'echo $APP'
docker history --format '{{.Comment}}' g-crs-img:1 | head -1
docker kill -s TERM g-crs-b
docker wait g-crs-b
docker logs g-crs-b
docker inspect -f '{{.State.ExitCode}} {{.State.Status}}' g-crs-b
docker kill g-crs-b
docker restart -t 0 g-crs-b
docker inspect -f '{{.State.Status}} {{.RestartCount}}' g-crs-b
docker kill -s bogus g-crs-b
docker kill -s KILL g-crs-b
docker wait g-crs-b
docker create --name g-crs-c --label g-crs=1 busybox sh -c 'echo from c; exit 4'
docker start -a g-crs-c
echo $?
docker start g-crs-c
docker wait g-crs-c g-crs-b
docker pause g-crs-c
docker unpause g-crs-c
docker rm g-crs-nothere g-crs-c
echo $?
docker container prune -f --filter label=g-crs=1 | tail -1
docker ps -a --filter label=g-crs=1 -q | wc -l
docker rmi g-crs-img:1 | head -1
docker rmi g-crs-img:1
