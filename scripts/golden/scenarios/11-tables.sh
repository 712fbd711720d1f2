# Docker's tables: column layout, truncation, --no-trunc, -q, -s, quiet listings, network/volume tables.
docker create --name g-tab-a --label tier=web busybox echo "a rather long command line that docker truncates"
docker run --name g-tab-b busybox true
docker run -d --name g-tab-c -p 18180:80 busybox sleep 1000
docker ps --filter name=g-tab-
docker ps -a --filter name=g-tab-
docker ps -a --filter name=g-tab- --no-trunc --format 'table {{.Names}}\t{{.Command}}'
docker ps -a --filter name=g-tab- --format 'table {{.Names}}\t{{.Status}}\t{{.Ports}}'
docker ps -a --filter name=g-tab- --format 'table {{.ID}}' | head -1
docker ps -a --filter name=g-tab- -q | wc -l
docker ps -a --filter name=g-tab- -n 1 --format '{{.Names}}'
docker ps -a --filter name=g-tab- -l --format '{{.Names}}'
docker ps -a --filter name=g-tab-b -s --format '{{.Names}} {{.Size}}'
docker container ls -a --filter name=g-tab- --format '{{.Names}}\t{{.Labels}}'
docker images busybox
docker images busybox --format 'table {{.Repository}}\t{{.Tag}}'
docker image ls busybox -q | wc -c
docker images --no-trunc busybox --format '{{.ID}}' | cut -c1-7
docker history busybox
docker history --no-trunc busybox --format 'table {{.CreatedBy}}\t{{.Comment}}'
docker network ls --filter name=bridge
docker network ls --filter name=bridge --format 'table {{.Name}}\t{{.Driver}}\t{{.Scope}}'
docker network ls -q --filter name=none | wc -c
docker volume create g-tab-vol
docker volume ls --filter name=g-tab-vol
docker volume ls -q --filter name=g-tab-vol
docker volume rm g-tab-vol
docker port g-tab-c
docker top g-tab-c | head -1
docker stats --no-stream --format 'table {{.Name}}' g-tab-c
docker inspect --format '{{json .State.Running}}' g-tab-c
docker rm -f g-tab-a g-tab-b g-tab-c
docker ps -a --filter name=g-tab-
