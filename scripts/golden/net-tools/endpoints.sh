# Networks given at create: API 1.41 takes one endpoint; more are refused (docker network connect adds them).
docker network create --subnet 172.30.0.0/16 g-m1 >/dev/null
docker network create --subnet 172.31.0.0/16 g-m2 >/dev/null
curl -s --unix-socket /var/run/docker.sock -X POST -H 'Content-Type: application/json' -d '{"Image":"busybox","Cmd":["sleep","100"],"NetworkingConfig":{"EndpointsConfig":{"g-m1":{},"g-m2":{}}}}' 'http://localhost/v1.41/containers/create?name=g-multi'
curl -s --unix-socket /var/run/docker.sock -X POST -H 'Content-Type: application/json' -d '{"Image":"busybox","Cmd":["sleep","100"],"HostConfig":{"NetworkMode":"g-m1"},"NetworkingConfig":{"EndpointsConfig":{"g-m1":{"IPAMConfig":{"IPv4Address":"172.30.0.300"}}}}}' 'http://localhost/v1.41/containers/create?name=g-badip'
docker run -d --name g-multi --network g-m1 --network g-m2 busybox sleep 100
docker run -d --name g-one --network g-m1 --ip 172.30.0.9 busybox sleep 100 >/dev/null
docker network connect g-m2 g-one
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}' g-one
docker exec g-one ip -o addr
docker exec g-one ip route
docker rm -f g-one >/dev/null
docker network rm g-m1 g-m2 >/dev/null
