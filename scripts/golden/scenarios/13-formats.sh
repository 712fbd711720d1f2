# Output formats the course uses: --format json (and `json`) on ps/images/networks/volumes, stats
# without streaming, events in a --since/--until window, prune with filters. Every listing is filtered
# to this scenario's objects (label g-fmt=1): the recording engine may hold other containers.
docker run -d --name g-fmt-a --label g-fmt=1 --label tier=web -p 18300:80 busybox sleep 1000
docker create --name g-fmt-b --label g-fmt=1 busybox echo hi there
docker run --name g-fmt-c --label g-fmt=1 busybox sh -c 'exit 3'
echo $?
docker ps -a --filter label=g-fmt=1 --format '{{json .}}'
docker ps -a --filter label=g-fmt=1 --format json | jq -r '.Names + " " + .State'
docker ps --filter label=g-fmt=1 --format '{{json .Labels}} {{.Label "tier"}}'
docker ps -a --filter label=g-fmt=1 --filter status=exited --format '{{.Names}}: {{.Status}}'
docker ps -a --filter label=g-fmt=1 --format 'table {{.Names}}\t{{.State}}\t{{.Networks}}'
docker ps -a --filter label=g-fmt=1 --format '{{.Names}} [{{.Mounts}}] {{.LocalVolumes}} {{.Size}}'
docker ps -a --filter label=g-fmt=1 --format '{{.Names}} {{.Ports}}' --filter publish=80
docker images busybox --format '{{json .}}'
docker images busybox --format json | jq -r '.Repository + ":" + .Tag'
docker images busybox --format '{{.Repository}}:{{.Tag}} {{.Containers}} {{.Digest}}'
docker network ls --filter name=none --format '{{json .}}'
docker network create --label g-fmt=1 g-fmt-net
docker network ls --filter label=g-fmt=1 --format '{{.Name}} {{.Driver}} {{.Scope}} {{.Internal}} {{.IPv6}} {{.Labels}}'
docker network ls --filter label=g-fmt=1 --format json | jq -r .Name
docker network inspect g-fmt-net --format '{{json .Labels}} {{.Driver}} {{.Attachable}}'
docker volume create --label g-fmt=1 g-fmt-vol
docker volume ls --filter name=g-fmt-vol --format '{{json .}}'
docker volume ls --filter label=g-fmt=1 --format 'table {{.Name}}\t{{.Driver}}\t{{.Labels}}'
docker volume ls --filter label=g-fmt=1 --format '{{.Name}} {{.Label "g-fmt"}} {{.Mountpoint}} {{.Scope}}'
docker volume ls --filter label=g-fmt=1 --format json | jq -r .Name
docker stats --no-stream --format '{{.Name}} {{.PIDs}}' g-fmt-a
docker stats --no-stream --format 'table {{.Name}}\t{{.PIDs}}' g-fmt-a
docker stats --no-stream --format json g-fmt-a | jq -r '.Container + " " + .PIDs'
docker stats --no-stream --format '{{.Name}} {{.PIDs}} {{.CPUPerc}}' g-fmt-b
docker stats --no-stream --format '{{.Name}}' g-fmt-nothere
sleep 1
T=$(date +%s)
docker run --name g-fmt-ev --label g-fmt=1 busybox true
docker rm g-fmt-ev
docker events --since "$T" --until "$(($(date +%s) + 1))" --filter container=g-fmt-ev --format '{{.Type}} {{.Status}} {{.Actor.Attributes.name}}'
docker events --since "$T" --until "$(($(date +%s) + 1))" --filter container=g-fmt-ev --filter event=start --format '{{json .Actor.Attributes}}'
docker events --since "$T" --until "$(($(date +%s) + 1))" --filter label=g-fmt=1 --filter type=container --format '{{.Action}}' | sort
docker events --since "$T" --until "$(($(date +%s) + 1))" --filter container=g-fmt-ev --format json | jq -r .Action | head -2
docker events --since "$T" --until "$(($(date +%s) + 1))" --filter type=network --filter network=g-fmt-nothere
docker container prune -f --filter label=g-fmt=1 | grep -cE '^[0-9a-f]{64}$'
docker ps -a --filter label=g-fmt=1 --format '{{.Names}}'
docker volume prune -f --filter label=g-fmt=1
docker network prune -f --filter label=g-fmt=1
docker rm -f g-fmt-a
docker volume ls --filter label=g-fmt=1 -q
