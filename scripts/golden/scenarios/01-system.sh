# System commands: version, info, the CLI's own help and usage errors.
docker version --format '{{.Server.APIVersion}}'
docker version --format '{{.Client.APIVersion}}'
docker version --format '{{.Server.Os}}/{{.Server.Arch}}'
docker version --format '{{json .Server.Components}}' | head -c 1 ; echo
docker info --format '{{.OSType}}'
docker info --format '{{.Driver}}'
docker info --format '{{.DefaultRuntime}}'
docker info --format '{{.OSType}} {{.Architecture}} {{.DockerRootDir}} {{.IndexServerAddress}}'
docker info --format '{{.LoggingDriver}} {{.ServerVersion}}'
docker system info --format '{{.OSType}}'
docker frobnicate
echo $?
docker ps --bogus
echo $?
docker ps -z
docker run
echo $?
docker stop
docker rm
docker inspect
docker logs
docker logs a b
docker version --format '{{.Nope}}'
docker image bogus
docker container frobnicate
docker network bogus
docker volume bogus
docker run --rm busybox echo hello
docker run --rm busybox true
echo $?
docker run --rm busybox false
echo $?
docker run --rm busybox sh -c 'exit 42'
echo $?
docker run --rm busybox nosuchcommand
echo $?
docker run --rm busybox /etc
echo $?
docker run --rm --bogus busybox true
echo $?
