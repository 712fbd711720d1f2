# Networks given at create: API 1.41 takes one endpoint; more are refused (docker network connect adds them).
docker network create --subnet 172.30.0.0/16 nt-m1 >/dev/null
docker network create --subnet 172.31.0.0/16 nt-m2 >/dev/null
curl -s --unix-socket /var/run/docker.sock -X POST -H 'Content-Type: application/json' -d '{"Image":"busybox","Cmd":["sleep","100"],"NetworkingConfig":{"EndpointsConfig":{"nt-m1":{},"nt-m2":{}}}}' 'http://localhost/v1.41/containers/create?name=nt-multi'
curl -s --unix-socket /var/run/docker.sock -X POST -H 'Content-Type: application/json' -d '{"Image":"busybox","Cmd":["sleep","100"],"HostConfig":{"NetworkMode":"nt-m1"},"NetworkingConfig":{"EndpointsConfig":{"nt-m1":{"IPAMConfig":{"IPv4Address":"172.30.0.300"}}}}}' 'http://localhost/v1.41/containers/create?name=nt-badip'
docker run -d --name nt-multi --network nt-m1 --network nt-m2 busybox sleep 100
docker run -d --name nt-one --network nt-m1 --ip 172.30.0.9 busybox sleep 100 >/dev/null
docker network connect nt-m2 nt-one
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}' nt-one
docker exec nt-one ip -o addr
docker exec nt-one ip route
docker rm -f nt-one >/dev/null
docker network rm nt-m1 nt-m2 >/dev/null
