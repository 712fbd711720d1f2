# The container lifecycle: create, start, stop, restart, pause, unpause, kill, wait, rename, rm.
docker create --name g-life busybox sleep 1000
docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.Pid}} {{.State.ExitCode}}' g-life
docker ps -a --filter name=g-life --format '{{.Names}} {{.Status}}'
docker start g-life
docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.Paused}}' g-life
docker ps --filter name=g-life --format '{{.Names}} {{.Command}} {{.Image}}'
docker start g-life
echo $?
docker pause g-life
docker inspect -f '{{.State.Status}} {{.State.Paused}}' g-life
docker ps --filter name=g-life --format '{{.Status}}' | grep -o Paused
docker pause g-life
echo $?
docker stop -t 1 g-life
echo $?
docker unpause g-life
docker inspect -f '{{.State.Status}} {{.State.Paused}}' g-life
docker unpause g-life
echo $?
docker kill g-life
docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled}}' g-life
docker ps -a --filter name=g-life --format '{{.Status}}' | sed 's/ (.*//'
docker kill g-life
echo $?
docker restart -t 1 g-life
docker inspect -f '{{.State.Status}} {{.RestartCount}}' g-life
docker stop -t 1 g-life
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' g-life
docker stop g-life
echo $?
docker wait g-life
docker rename g-life g-life2
docker inspect -f '{{.Name}}' g-life2
docker inspect g-life
echo $?
docker rm g-life2
docker rm g-life2
echo $?
docker run -d --name g-run busybox sh -c 'exit 3'
docker wait g-run
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' g-run
docker start -a g-run
echo $?
docker run --name g-run busybox true
echo $?
docker rm g-run
docker run -d --name g-busy busybox sleep 1000
docker rm g-busy
echo $?
docker rm -f g-busy
docker ps -a --filter name=g- --format '{{.Names}}'
docker run --rm --name g-rm busybox echo bye
docker ps -a --filter name=g-rm -q | wc -l
docker container create --name g-verb busybox true
docker container start -a g-verb
docker container ls -a --filter name=g-verb --format '{{.Names}} {{.Status}}' | sed 's/ (.*//'
docker container rm g-verb
docker container prune -f --filter label=g-nothing
