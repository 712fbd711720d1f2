# Volumes and mounts: named, anonymous, bind, read-only, tmpfs, in-use errors, prune.
docker volume create g-vol
docker volume create g-vol
docker volume ls --filter name=g-vol --format '{{.Driver}} {{.Name}}'
docker volume inspect g-vol -f '{{.Name}} {{.Driver}} {{.Mountpoint}} {{.Scope}}'
docker volume inspect g-vol | jq -r '.[0].Labels'
docker volume create --label g=1 g-lab
docker volume inspect g-lab -f '{{.Labels}}'
docker volume ls --filter label=g=1 --format '{{.Name}}'
docker run --rm -v g-vol:/data busybox sh -c 'echo persisted > /data/file'
docker run --rm -v g-vol:/data busybox cat /data/file
docker run --rm -v g-vol:/data:ro busybox sh -c 'echo x > /data/other'
echo $?
docker run -d --name g-holder -v g-vol:/data busybox sleep 1000
docker volume rm g-vol
echo $?
docker inspect -f '{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}} {{.RW}}{{end}}' g-holder
docker rm -f g-holder
docker volume rm g-vol
docker volume rm g-vol
echo $?
docker volume inspect g-vol
echo $?
docker run --name g-anon -v /data busybox sh -c 'echo anon > /data/f'
docker inspect -f '{{range .Mounts}}{{.Type}} {{.Destination}} {{.Driver}}{{end}}' g-anon
docker rm -v g-anon
mkdir -p /tmp/g-bind && echo from host > /tmp/g-bind/index.html
docker run --rm -v /tmp/g-bind:/site busybox cat /site/index.html
docker run --rm -v /tmp/g-bind:/site:ro busybox sh -c 'echo x > /site/y'
echo $?
docker run --rm -v /tmp/g-bind:/site busybox sh -c 'echo from container > /site/new.txt'
cat /tmp/g-bind/new.txt
docker run --rm --mount type=bind,source=/tmp/g-bind,target=/site,readonly busybox ls /site
docker run --rm --mount type=bind,source=/tmp/g-nothere,target=/site busybox true
echo $?
docker run --rm --mount type=volume,source=g-mvol,target=/m busybox sh -c 'echo m > /m/f; cat /m/f'
docker volume ls --filter name=g-mvol -q
docker volume rm g-mvol
docker run --rm --tmpfs /scratch busybox sh -c 'echo t > /scratch/t; cat /scratch/t'
docker run --rm --mount type=tmpfs,target=/scratch busybox sh -c 'mount | grep -c /scratch'
docker run --rm -v relative:/x:bogus busybox true
echo $?
rm -rf /tmp/g-bind
docker volume rm g-lab
docker volume prune -f --filter label=g-nothing
docker volume ls --filter name=g- -q | wc -l
