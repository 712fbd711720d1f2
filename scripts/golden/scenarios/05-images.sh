# Images: ls, tag, rmi, history, inspect, save, load, import, commit, prune and their errors.
docker images --format '{{.Repository}}:{{.Tag}}' | grep busybox
docker image ls busybox --format '{{.Repository}} {{.Tag}}'
docker tag busybox g-img:1
docker tag busybox:latest g-img:2
docker images g-img --format '{{.Repository}}:{{.Tag}}' | sort
docker image ls --filter reference=g-img --format '{{.Tag}}' | sort
docker image inspect -f '{{.Config.Cmd}} {{.Os}} {{.Architecture}}' g-img:1
docker image inspect -f '{{.RepoTags}}' g-img:1
docker image inspect g-img:nope
echo $?
docker history g-img:1 --format '{{.CreatedBy}}|{{.Comment}}'
docker history --format '{{.Comment}}' busybox
docker history g-nope
docker tag g-nope g-img:3
docker tag busybox 'G-Bad:1'
docker tag busybox g-img:bad:tag
docker rmi g-img:2
docker rmi g-img:2
echo $?
docker image rm g-img:1
docker rmi g-nope
docker run -d --name g-user busybox sleep 1000
docker rmi busybox
echo $?
docker rm -f g-user
docker run --name g-commit busybox sh -c 'echo committed > /hello'
docker commit g-commit g-img:committed | cut -c1-7
docker run --rm g-img:committed cat /hello
docker history g-img:committed --format '{{.CreatedBy}}' | head -1 | cut -c1-20
docker commit -c 'CMD ["cat","/hello"]' g-commit g-img:cmd | cut -c1-7
docker run --rm g-img:cmd
docker image inspect -f '{{json .Config.Cmd}}' g-img:cmd
docker rm g-commit
docker save g-img:cmd -o /tmp/g-img.tar
tar -tf /tmp/g-img.tar | grep -c manifest.json
docker rmi g-img:cmd
docker load -i /tmp/g-img.tar
docker run --rm g-img:cmd
docker save g-nope -o /tmp/g-nope.tar
echo $?
docker rmi g-img:cmd g-img:committed
rm -f /tmp/g-img.tar
docker create --name g-exp busybox true
docker export g-exp | tar -t | grep -c '^bin/'
docker export g-exp -o /tmp/g-exp.tar
docker import /tmp/g-exp.tar g-img:imported | cut -c1-7
docker image inspect -f '{{.Comment}}' g-img:imported
docker run --rm g-img:imported echo imported works
docker rmi g-img:imported
docker rm g-exp
rm -f /tmp/g-exp.tar
docker pull g-img:nothere 2>&1 | head -1 | cut -c1-40
docker image prune -f --filter label=g-nothing
docker images --filter dangling=true --filter reference=g-img -q
docker inspect busybox | jq -r '.[0].RepoTags[]' | grep busybox
