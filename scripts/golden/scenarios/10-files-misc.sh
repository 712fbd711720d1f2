# cp, diff, top, stats, update, commit of changes, attach and events.
docker run -d --name g-files busybox sleep 1000
docker exec g-files sh -c 'mkdir /work && echo inside > /work/a.txt && rm /bin/vi'
docker diff g-files | sort
echo from host > /tmp/g-host.txt
docker cp /tmp/g-host.txt g-files:/work/
docker exec g-files cat /work/g-host.txt
docker cp g-files:/work/a.txt /tmp/g-a.txt
cat /tmp/g-a.txt
docker cp g-files:/work/nothere /tmp/
echo $?
docker cp g-nope:/x /tmp/
echo $?
docker cp g-files:/work - | tar -t | sort
echo $?
docker diff g-files | sort
docker diff g-nope
docker top g-files | awk 'NR==1 {print $1, $2, $3} NR>1 {print $8, $9}'
docker top g-nope
docker stats --no-stream --format '{{.Name}}' g-files
docker stats --no-stream g-nope
echo $?
docker update --restart always g-files
docker inspect -f '{{.HostConfig.RestartPolicy.Name}}' g-files
docker update --restart bogus g-files
docker update --memory 64m g-files
docker inspect -f '{{.HostConfig.Memory}}' g-files
docker stop -t 0 g-files
docker diff g-files | sort
docker rm g-files
rm -f /tmp/g-host.txt /tmp/g-a.txt
T=$(date +%s)
docker run --name g-ev busybox true
docker rm g-ev
docker events --since "$T" --until "$(($(date +%s) + 1))" --filter container=g-ev --format '{{.Type}} {{.Action}}'
docker events --since "$T" --until "$(($(date +%s) + 1))" --filter event=destroy --filter container=g-ev --format '{{.Actor.Attributes.name}} {{.Action}}'
docker events --since "$T" --until "$(($(date +%s) + 1))" --filter type=bogus
echo $?
docker run -d --name g-att busybox sh -c 'sleep 1; echo attached output'
docker attach g-att
echo $?
docker rm g-att
docker run --name g-restart --restart on-failure:2 busybox sh -c 'exit 1'
echo $?
docker inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' g-restart
docker rm -f g-restart
docker run --rm -d busybox true | wc -c
docker run --rm --rm busybox echo double
docker run --rm -d --name g-auto busybox true
sleep 1
docker ps -a --filter name=g-auto -q | wc -l
docker system df --format '{{.Type}}'
