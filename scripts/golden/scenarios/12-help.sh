# The CLI's own texts: version, help at several levels, usage errors of subcommands.
docker --version
docker --help | head -12
docker ps --help
docker run --help | head -8
docker image --help
docker container --help | head -10
docker network --help
docker volume --help
docker system --help
docker rm --help
docker images --help
docker logs --help
docker exec --help
docker network create --help | head -6
docker volume create --help
docker help ps | head -3
docker ps -h | head -3
docker network
docker volume
docker image
docker system
docker container
docker rm --bogus
docker network create
docker network rm
docker volume rm
docker tag busybox
docker exec
docker cp g-nope
docker port
docker rename g-only
docker run -d --rm=maybe busybox true
docker run -p busybox
docker run -e
docker ps --format
docker ps -n abc
docker stop -t abc g-nope
docker logs --tail abc g-nope
