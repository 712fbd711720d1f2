# inspect and ps: templates, filters, formats, quiet and last.
docker run -d --name g-a --label tier=front --label app=web busybox sleep 1000
docker run --name g-b --label tier=back busybox true
docker create --name g-c busybox echo created
docker ps --filter name=g- --format '{{.Names}}'
docker ps -a --filter name=g- --format '{{.Names}}'
docker ps -a --filter name=g- --filter status=exited --format '{{.Names}}'
docker ps -a --filter name=g- --filter status=created --format '{{.Names}}'
docker ps -a --filter label=tier=front --format '{{.Names}}'
docker ps -a --filter label=tier --format '{{.Names}}' | sort
docker ps -a --filter name=g- --filter exited=0 --format '{{.Names}}'
docker ps -a --filter ancestor=busybox --filter name=g- --format '{{.Names}}' | sort
docker ps -a --filter name=g-a --format '{{.Label "app"}} {{.Labels}}'
docker ps -a --filter name=g-a --format 'table {{.Names}}\t{{.Image}}'
docker ps -a --filter name=g-c --format '{{.Command}}'
docker ps -a --filter name=g-c --no-trunc --format '{{.Command}}'
docker ps -a --filter name=g- -q | wc -l
docker ps --filter status=bogus
echo $?
docker ps --filter bogus=1
echo $?
docker ps -a --filter name=g-b --format '{{json .Names}}'
docker inspect -f '{{.Config.Image}} {{.Config.Cmd}} {{.Path}} {{.Args}}' g-a
docker inspect -f '{{json .Config.Labels}}' g-a
docker inspect -f '{{.Config.Labels.tier}}' g-a
docker inspect -f '{{index .Config.Labels "app"}}' g-a
docker inspect -f '{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}' g-a
docker inspect -f '{{.HostConfig.NetworkMode}} {{.HostConfig.RestartPolicy.Name}}' g-a
docker inspect -f '{{.State.Status}}' g-a g-b g-c
docker inspect -f '{{.Name}}' g-a g-nonexistent
echo $?
docker inspect --type container -f '{{.Name}}' g-b
docker inspect --type image -f '{{.Os}}' busybox
docker inspect --type bogus g-b
docker inspect g-c | jq -r '.[0].Config.Cmd | join(" ")'
docker inspect g-c | jq -r '.[0].State.Status'
docker inspect g-c | jq '.[0].HostConfig.AutoRemove'
docker inspect g-a | jq '.[0].Config.Labels | keys'
docker inspect g-a | jq -r '.[0].NetworkSettings.Networks | keys[]'
docker inspect -f '{{upper .State.Status}} {{lower "ABC"}} {{len .Config.Cmd}}' g-a
docker inspect -f '{{join .Config.Cmd ","}}' g-a
docker inspect -f '{{printf "%s-%d" .State.Status .State.ExitCode}}' g-b
docker inspect -f '{{if .State.Running}}up{{else}}down{{end}}' g-b
docker container inspect -f '{{.Config.Hostname}}' g-a | wc -c
docker rm -f g-a g-b g-c
