# Networks: defaults, user-defined bridges, DNS, connect/disconnect, errors.
docker network ls --filter name=bridge --format '{{.Name}} {{.Driver}} {{.Scope}}'
docker network ls --filter name=host --format '{{.Name}} {{.Driver}}'
docker network ls --filter name=none --format '{{.Name}} {{.Driver}}'
docker network inspect bridge -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}'
docker network inspect bridge -f '{{.Driver}} {{.Internal}} {{.EnableIPv6}}'
docker network create g-net | wc -c
docker network create g-net
echo $?
docker network ls --filter name=g-net --format '{{.Name}} {{.Driver}} {{.Scope}}'
docker network inspect g-net -f '{{.Name}} {{.Driver}} {{.Internal}} {{.Attachable}}'
docker network create --subnet 10.42.0.0/24 --gateway 10.42.0.254 --label g=1 g-sub
docker network inspect g-sub -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}} {{.Labels}}'
docker network create --internal g-int
docker network inspect g-int -f '{{.Internal}}'
docker network create --driver bogus g-bogus
docker network create --subnet 10.42.0.0/24 g-overlap
echo $?
docker run -d --name g-srv --network g-sub --network-alias web busybox sleep 1000
docker inspect -f '{{.NetworkSettings.Networks}}' g-srv | grep -o g-sub
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' g-srv
docker run --rm --network g-sub busybox ping -c 1 -W 2 g-srv | head -1
docker run --rm --network g-sub busybox ping -c 1 -W 2 web | head -1
docker run --rm --network g-sub busybox nslookup nothere 2>&1 | tail -1
docker run --rm busybox ping -c 1 -W 1 g-srv
echo $?
docker run -d --name g-bridge busybox sleep 1000
docker inspect -f '{{.NetworkSettings.Networks.bridge.Gateway}}' g-bridge
docker network connect g-sub g-bridge
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' g-bridge
docker exec g-bridge ping -c 1 -W 2 g-srv | head -1
docker network connect g-sub g-bridge
docker network disconnect g-sub g-bridge
docker network disconnect g-sub g-bridge
docker network connect g-nonet g-bridge
docker network rm g-sub
echo $?
docker network inspect g-sub -f '{{len .Containers}}'
docker rm -f g-srv g-bridge
docker network rm g-sub g-int
docker network rm g-sub
echo $?
docker network rm bridge
echo $?
docker run --rm --network none busybox ip -o link | awk '{print $2}'
docker run --rm --network g-nonet busybox true
echo $?
docker network prune -f --filter label=g-nothing
docker network rm g-net
docker network ls --filter name=g- -q | wc -l
